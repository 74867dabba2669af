import { useMutation, useQueryClient } from '@tanstack/react-query';
import { rectificationDetailSchema, type RectificationDetail, type UpdateRectificationRequest } from '@mofan/shared';
import { api } from '../../../lib/api-client';
import { afterSupervisionChange } from './query-keys';

/** 修改整改要求 while 整改中; a changed limit is counted again. */
export function updateRectification({ id, ...body }: UpdateRectificationRequest & { id: string }): Promise<RectificationDetail> {
  return api.patch(`/api/rectifications/${encodeURIComponent(id)}`, rectificationDetailSchema, body);
}

export function useUpdateRectification() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: updateRectification, onSuccess: () => afterSupervisionChange(queryClient) });
}
