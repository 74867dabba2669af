import { useMutation, useQueryClient } from '@tanstack/react-query';
import { cleanlinessItemSchema, type CleanlinessItem, type UpdateCleanlinessItemRequest } from '@mofan/shared';
import { api } from '../../../lib/api-client';
import { cleanlinessKeys } from './query-keys';

export function updateCleanlinessItem({ id, ...body }: UpdateCleanlinessItemRequest & { id: string }): Promise<CleanlinessItem> {
  return api.patch(`/api/cleanliness/items/${encodeURIComponent(id)}`, cleanlinessItemSchema, body);
}

export function useUpdateCleanlinessItem() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: updateCleanlinessItem, onSuccess: () => queryClient.invalidateQueries({ queryKey: cleanlinessKeys.sheets }) });
}
