import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { officeOutputPageSchema, type OfficeOutputPage } from '@mofan/shared';
import { api } from '../../../lib/api-client';
import { officeOutputKeys, type OfficeOutputPageQuery } from './query-keys';

export function getOfficeOutputs(query: OfficeOutputPageQuery, signal?: AbortSignal): Promise<OfficeOutputPage> {
  return api.get('/api/office-outputs', officeOutputPageSchema, { ...query }, signal);
}

export function useOfficeOutputs(query: OfficeOutputPageQuery) {
  return useQuery({ queryKey: officeOutputKeys.list(query), queryFn: ({ signal }) => getOfficeOutputs(query, signal), placeholderData: keepPreviousData });
}
