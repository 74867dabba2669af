import type { FastifyRequest } from 'fastify';
import { idSchema } from '@mofan/shared';
import { invalidField } from '../errors';

/**
 * Reads an import upload: a `unitId` field and an .xlsx `file`. Every part is read, so the outcome
 * does not depend on the order of the parts or on how the body happened to be split into chunks
 * (a field after the file is seen only then). 400 naming the field for anything missing.
 */
export async function readUnitUpload(request: FastifyRequest): Promise<{ unitId: string; filename: string; buffer: Buffer }> {
  let unitId = '';
  let upload: { filename: string; buffer: Buffer } | null = null;
  if (request.isMultipart()) {
    for await (const part of request.parts()) {
      if (part.type === 'file') {
        const buffer = await part.toBuffer();
        if (part.fieldname === 'file') upload = { filename: part.filename, buffer };
      } else if (part.fieldname === 'unitId') {
        unitId = String(part.value);
      }
    }
  }
  if (!upload) throw invalidField('file', '请选择要导入的文件');
  if (!idSchema.safeParse(unitId).success) throw invalidField('unitId', '请选择单位');
  if (!/\.xlsx$/i.test(upload.filename)) throw invalidField('file', '请上传 .xlsx 文件');
  return { unitId, ...upload };
}
