import { useMutation, useQueryClient } from '@tanstack/react-query';
import { exemptionSchema, type CreateExemptionRequest, type Exemption } from '@mofan/shared';
import { api } from '../../../lib/api-client';
import { complianceKeys } from '../../compliance/api/query-keys';
import { peopleKeys } from './query-keys';

export function createExemption({ personId, ...body }: CreateExemptionRequest & { personId: string }): Promise<Exemption> {
  return api.post(`/api/people/${encodeURIComponent(personId)}/exemptions`, exemptionSchema, body);
}

export function useCreateExemption() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createExemption,
    // Exempt days change what 落实情况 asks of the person.
    onSuccess: (exemption) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: peopleKeys.exemptions(exemption.personId) }),
        queryClient.invalidateQueries({ queryKey: complianceKeys.all }),
      ]),
  });
}
