import type { FastifyReply } from 'fastify';
import type { ExportFile } from './inspection-reports.service';

export const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A download: the Chinese file name for browsers that read filename*, an ASCII one for the rest. */
export function sendFile(reply: FastifyReply, contentType: string, file: ExportFile, asciiName: string) {
  return reply
    .header('content-type', contentType)
    .header('content-disposition', `attachment; filename="${asciiName}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
    .header('cache-control', 'no-store')
    .send(file.buffer);
}
