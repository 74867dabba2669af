import { useMutation, useQueryClient } from '@tanstack/react-query';
import { publicRequestWithCodeSchema, type PublicRequestReissueRequest, type PublicRequestWithCode } from '@mofan/shared';
import { api } from '../../../lib/api-client';
import { afterPublicRequestChange } from './query-keys';

/** A new lookup code for a lost one; the old one stops working. */
export function reissueLookupCode({ id, ...body }: PublicRequestReissueRequest & { id: string }): Promise<PublicRequestWithCode> {
  return api.post(`/api/public-requests/${encodeURIComponent(id)}/lookup-code`, publicRequestWithCodeSchema, body);
}

export function useReissueLookupCode() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: reissueLookupCode, onSuccess: (answer) => afterPublicRequestChange(queryClient, answer.request) });
}
