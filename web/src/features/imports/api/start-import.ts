import { useMutation } from '@tanstack/react-query';
import { importJobSchema, type ImportJob } from '@mofan/shared';
import { request } from '../../../lib/api-client';

export interface StartImportInput {
  unitId: string;
  file: Blob;
  fileName: string;
}

/** Uploads the workbook to `jobsPath`; the server answers 202 with a job that is then polled. */
export function startImport(jobsPath: string, { unitId, file, fileName }: StartImportInput): Promise<ImportJob> {
  const body = new FormData();
  // unitId before file: a streaming multipart parser sees the field before the file body.
  body.append('unitId', unitId);
  body.append('file', file, fileName);
  return request(jobsPath, importJobSchema, { method: 'POST', body });
}

export function useStartImport(jobsPath: string) {
  return useMutation({ mutationFn: (input: StartImportInput) => startImport(jobsPath, input) });
}
