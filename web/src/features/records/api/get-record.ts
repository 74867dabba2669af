import { useQuery } from '@tanstack/react-query';
import { activityRecordSchema, type ActivityRecord } from '@mofan/shared';
import { api } from '../../../lib/api-client';
import { recordKeys } from './query-keys';

export function getRecord(id: string, signal?: AbortSignal): Promise<ActivityRecord> {
  return api.get(`/api/records/${encodeURIComponent(id)}`, activityRecordSchema, undefined, signal);
}

export function useRecord(id: string) {
  return useQuery({ queryKey: recordKeys.detail(id), queryFn: ({ signal }) => getRecord(id, signal) });
}
