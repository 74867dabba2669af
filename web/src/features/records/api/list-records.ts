import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { recordPageSchema, type RecordPage } from '@mofan/shared';
import { api } from '../../../lib/api-client';
import { recordKeys, type RecordPageQuery } from './query-keys';

export function getRecords(query: RecordPageQuery, signal?: AbortSignal): Promise<RecordPage> {
  return api.get('/api/records', recordPageSchema, { ...query }, signal);
}

export function useRecords(query: RecordPageQuery) {
  return useQuery({ queryKey: recordKeys.list(query), queryFn: ({ signal }) => getRecords(query, signal), placeholderData: keepPreviousData });
}
