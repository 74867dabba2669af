import { useMutation, useQueryClient } from '@tanstack/react-query';
import { cleanlinessItemSchema, type CleanlinessItem, type CreateCleanlinessItemRequest } from '@mofan/shared';
import { api } from '../../../lib/api-client';
import { cleanlinessKeys } from './query-keys';

export function createCleanlinessItem(body: CreateCleanlinessItemRequest): Promise<CleanlinessItem> {
  return api.post('/api/cleanliness/items', cleanlinessItemSchema, body);
}

export function useCreateCleanlinessItem() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createCleanlinessItem, onSuccess: () => queryClient.invalidateQueries({ queryKey: cleanlinessKeys.sheets }) });
}
