import { useQuery } from '@tanstack/react-query';
import { myDutiesSchema, type MyDuties } from '@mofan/shared';
import { api } from '../../../lib/api-client';
import { complianceKeys } from './query-keys';

/** 404 when the account is linked to no person. */
export function getMyDuties(signal?: AbortSignal): Promise<MyDuties> {
  return api.get('/api/compliance/my-duties', myDutiesSchema, undefined, signal);
}

export function useMyDuties() {
  return useQuery({ queryKey: complianceKeys.myDuties, queryFn: ({ signal }) => getMyDuties(signal) });
}
