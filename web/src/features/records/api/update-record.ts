import { useMutation, useQueryClient } from '@tanstack/react-query';
import { activityRecordSchema, type ActivityRecord, type UpdateRecordRequest } from '@mofan/shared';
import { api } from '../../../lib/api-client';
import { complianceKeyRoot, recordKeys } from './query-keys';

export function updateRecord({ id, ...body }: UpdateRecordRequest & { id: string }): Promise<ActivityRecord> {
  return api.patch(`/api/records/${encodeURIComponent(id)}`, activityRecordSchema, body);
}

export function useUpdateRecord() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateRecord,
    onSuccess: async (record) => {
      queryClient.setQueryData(recordKeys.detail(record.id), record);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: recordKeys.lists }),
        queryClient.invalidateQueries({ queryKey: complianceKeyRoot }),
      ]);
    },
  });
}
