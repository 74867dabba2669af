import { useQuery } from '@tanstack/react-query';
import { requirementSettingSchema, type RequirementSettingView } from '@mofan/shared';
import { api } from '../../../lib/api-client';
import { localisationKeys } from './query-keys';

const settingListSchema = requirementSettingSchema.array();

/** Every localisation made in the node's subtree, newest first. */
export function listSettings(nodeId: string, signal?: AbortSignal): Promise<RequirementSettingView[]> {
  return api.get('/api/catalogue/settings', settingListSchema, { nodeId }, signal);
}

export function useSettings(nodeId: string | undefined) {
  return useQuery({
    queryKey: localisationKeys.settings(nodeId ?? ''),
    queryFn: ({ signal }) => listSettings(nodeId ?? '', signal),
    enabled: !!nodeId,
  });
}
