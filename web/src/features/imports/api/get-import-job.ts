import { useQuery } from '@tanstack/react-query';
import { importJobSchema, type ImportJob } from '@mofan/shared';
import { api } from '../../../lib/api-client';

/** `jobsPath` is the collection the job was started on, e.g. '/api/roster/imports'. */
export function getImportJob(jobsPath: string, id: string, signal?: AbortSignal): Promise<ImportJob> {
  return api.get(`${jobsPath}/${encodeURIComponent(id)}`, importJobSchema, undefined, signal);
}

const POLL_MS = 500;

/** Polls while the job is pending or running, then stops. */
export function useImportJob(jobsPath: string, id: string, initial?: ImportJob) {
  return useQuery({
    queryKey: ['import-job', jobsPath, id],
    queryFn: ({ signal }) => getImportJob(jobsPath, id, signal),
    initialData: initial,
    refetchInterval: (query) => {
      const status = query.state.data?.status;
      return status === 'done' || status === 'failed' ? false : POLL_MS;
    },
  });
}
