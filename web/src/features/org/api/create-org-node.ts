import { useMutation, useQueryClient } from '@tanstack/react-query';
import { orgNodeDetailSchema, type CreateOrgNodeRequest, type OrgNodeDetail } from '@mofan/shared';
import { api } from '../../../lib/api-client';
import { orgKeys } from './query-keys';

export function createOrgNode(body: CreateOrgNodeRequest): Promise<OrgNodeDetail> {
  return api.post('/api/org/nodes', orgNodeDetailSchema, body);
}

export function useCreateOrgNode() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createOrgNode,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: orgKeys.all }),
  });
}
