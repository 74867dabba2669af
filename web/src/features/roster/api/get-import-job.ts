import { useQuery } from '@tanstack/react-query';
import { importJobSchema, type ImportJob } from '@mofan/shared';
import { api } from '../../../lib/api-client';

export function getImportJob(id: string, signal?: AbortSignal): Promise<ImportJob> {
  return api.get(`/api/roster/imports/${encodeURIComponent(id)}`, importJobSchema, undefined, signal);
}

const POLL_MS = 500;

/** Polls while the job is pending or running, then stops. */
export function useImportJob(id: string, initial?: ImportJob) {
  return useQuery({
    queryKey: ['roster', 'import', id],
    queryFn: ({ signal }) => getImportJob(id, signal),
    initialData: initial,
    refetchInterval: (query) => {
      const status = query.state.data?.status;
      return status === 'done' || status === 'failed' ? false : POLL_MS;
    },
  });
}
