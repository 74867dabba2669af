import { useMutation, useQueryClient } from '@tanstack/react-query';
import { exemptionSchema, type Exemption, type UpdateExemptionRequest } from '@mofan/shared';
import { api } from '../../../lib/api-client';
import { complianceKeys } from '../../compliance/api/query-keys';
import { peopleKeys } from './query-keys';

export function updateExemption({ personId, id, ...body }: UpdateExemptionRequest & { personId: string; id: string }): Promise<Exemption> {
  return api.patch(`/api/people/${encodeURIComponent(personId)}/exemptions/${encodeURIComponent(id)}`, exemptionSchema, body);
}

export function useUpdateExemption() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateExemption,
    onSuccess: (exemption) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: peopleKeys.exemptions(exemption.personId) }),
        queryClient.invalidateQueries({ queryKey: complianceKeys.all }),
      ]),
  });
}
