import { useMutation, useQueryClient } from '@tanstack/react-query';
import { orgNodeDetailSchema, type OrgNodeDetail, type UpdateOrgNodeRequest } from '@mofan/shared';
import { api } from '../../../lib/api-client';
import { orgKeys } from './query-keys';

export function updateOrgNode({ id, ...body }: UpdateOrgNodeRequest & { id: string }): Promise<OrgNodeDetail> {
  return api.patch(`/api/org/nodes/${encodeURIComponent(id)}`, orgNodeDetailSchema, body);
}

export function useUpdateOrgNode() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateOrgNode,
    onSuccess: (node) => {
      queryClient.setQueryData(orgKeys.detail(node.id), node);
      return queryClient.invalidateQueries({ queryKey: orgKeys.all });
    },
  });
}
