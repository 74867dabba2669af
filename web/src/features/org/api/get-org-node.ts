import { useQuery } from '@tanstack/react-query';
import { orgNodeDetailSchema, type OrgNodeDetail } from '@mofan/shared';
import { api } from '../../../lib/api-client';
import { orgKeys } from './query-keys';

export function getOrgNode(id: string, signal?: AbortSignal): Promise<OrgNodeDetail> {
  return api.get(`/api/org/nodes/${encodeURIComponent(id)}`, orgNodeDetailSchema, undefined, signal);
}

export function useOrgNode(id: string | undefined) {
  return useQuery({
    queryKey: orgKeys.detail(id ?? ''),
    queryFn: ({ signal }) => getOrgNode(id ?? '', signal),
    enabled: !!id,
  });
}
