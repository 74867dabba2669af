import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ownRequirementSchema, type OwnRequirementView, type UpdateOwnRequirementRequest } from '@mofan/shared';
import { api } from '../../../lib/api-client';
import { invalidateAfterOwnRequirementChange } from './own-requirement-invalidation';

/** Any field, 停用 (with the reason in `note`) or 启用; the version it was read at guards against lost updates. */
export function updateOwnRequirement({ id, ...body }: UpdateOwnRequirementRequest & { id: string }): Promise<OwnRequirementView> {
  return api.patch(`/api/programmes/own-requirements/${encodeURIComponent(id)}`, ownRequirementSchema, body);
}

export function useUpdateOwnRequirement() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: updateOwnRequirement, onSuccess: () => invalidateAfterOwnRequirementChange(queryClient) });
}
