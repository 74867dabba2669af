import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { orgKeys } from './query-keys';

export function deleteOrgNode(id: string): Promise<void> {
  return api.delete(`/api/org/nodes/${encodeURIComponent(id)}`);
}

export function useDeleteOrgNode() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteOrgNode,
    // The deleted node's own entries are left alone: refetching them could only answer 404
    // while its detail pane is still on screen. The page moves the selection away.
    onSuccess: (_result, id) =>
      queryClient.invalidateQueries({ queryKey: orgKeys.all, predicate: (query) => query.queryKey[2] !== id }),
  });
}
