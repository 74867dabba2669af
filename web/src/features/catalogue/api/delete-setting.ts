import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { complianceKeyRoot, localisationKeys } from './query-keys';

export interface SettingRef {
  nodeId: string;
  requirementId: string;
}

/** Reverts the node's own change: the requirement binds it again as its parent has it. */
export function deleteSetting({ nodeId, requirementId }: SettingRef): Promise<void> {
  return api.delete(`/api/catalogue/settings/${encodeURIComponent(nodeId)}/${encodeURIComponent(requirementId)}`);
}

export function useDeleteSetting() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteSetting,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: localisationKeys.all }),
        queryClient.invalidateQueries({ queryKey: complianceKeyRoot }),
      ]),
  });
}
