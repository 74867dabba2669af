import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ownRequirementSchema, type CreateOwnRequirementRequest, type OwnRequirementView } from '@mofan/shared';
import { api } from '../../../lib/api-client';
import { invalidateAfterOwnRequirementChange } from './own-requirement-invalidation';

export function createOwnRequirement(body: CreateOwnRequirementRequest): Promise<OwnRequirementView> {
  return api.post('/api/programmes/own-requirements', ownRequirementSchema, body);
}

export function useCreateOwnRequirement() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createOwnRequirement, onSuccess: () => invalidateAfterOwnRequirementChange(queryClient) });
}
