import { useMutation, useQueryClient } from '@tanstack/react-query';
import { activityRecordSchema, type ActivityRecord, type CreateRecordRequest } from '@mofan/shared';
import { api } from '../../../lib/api-client';
import { complianceKeyRoot, recordKeys } from './query-keys';

export function createRecord(body: CreateRecordRequest): Promise<ActivityRecord> {
  return api.post('/api/records', activityRecordSchema, body);
}

export function useCreateRecord() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createRecord,
    onSuccess: async (record) => {
      queryClient.setQueryData(recordKeys.detail(record.id), record);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: recordKeys.lists }),
        queryClient.invalidateQueries({ queryKey: complianceKeyRoot }),
      ]);
    },
  });
}
