import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { invalidateAfterOwnRequirementChange } from './own-requirement-invalidation';

export function deleteOwnRequirement(id: string): Promise<void> {
  return api.delete(`/api/programmes/own-requirements/${encodeURIComponent(id)}`);
}

export function useDeleteOwnRequirement() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: deleteOwnRequirement, onSuccess: () => invalidateAfterOwnRequirementChange(queryClient) });
}
