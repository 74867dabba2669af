import { useMutation, useQueryClient } from '@tanstack/react-query';
import { cleanlinessSheetSchema, type CleanlinessSheet } from '@mofan/shared';
import { api } from '../../../lib/api-client';
import { cleanlinessKeys } from './query-keys';

/** Starts a node's own sheet from the standard one (four criteria, 100 points). */
export function applyStandardCleanlinessItems(nodeId: string): Promise<CleanlinessSheet> {
  return api.post('/api/cleanliness/items/standard', cleanlinessSheetSchema, { nodeId });
}

export function useApplyStandardCleanlinessItems() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: applyStandardCleanlinessItems, onSuccess: () => queryClient.invalidateQueries({ queryKey: cleanlinessKeys.sheets }) });
}
