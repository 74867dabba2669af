import { useMutation, useQueryClient } from '@tanstack/react-query';
import { publicRequestDetailSchema, type PublicRequestDetail, type UpdatePublicRequestRequest } from '@mofan/shared';
import { api } from '../../../lib/api-client';
import { afterPublicRequestChange } from './query-keys';

export function updatePublicRequest({ id, ...body }: UpdatePublicRequestRequest & { id: string }): Promise<PublicRequestDetail> {
  return api.patch(`/api/public-requests/${encodeURIComponent(id)}`, publicRequestDetailSchema, body);
}

export function useUpdatePublicRequest() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: updatePublicRequest, onSuccess: (r) => afterPublicRequestChange(queryClient, r) });
}
