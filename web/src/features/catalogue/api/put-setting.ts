import { useMutation, useQueryClient } from '@tanstack/react-query';
import { requirementSettingSchema, type RequirementSettingRequest, type RequirementSettingView } from '@mofan/shared';
import { api } from '../../../lib/api-client';
import { complianceKeyRoot, localisationKeys } from './query-keys';

export interface PutSettingInput extends RequirementSettingRequest {
  nodeId: string;
  requirementId: string;
}

export function putSetting({ nodeId, requirementId, ...body }: PutSettingInput): Promise<RequirementSettingView> {
  return api.put(`/api/catalogue/settings/${encodeURIComponent(nodeId)}/${encodeURIComponent(requirementId)}`, requirementSettingSchema, body);
}

export function usePutSetting() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: putSetting,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: localisationKeys.all }),
        queryClient.invalidateQueries({ queryKey: complianceKeyRoot }),
      ]),
  });
}
