import { publicRequestDetailSchema, type PublicRequestCloseRequest, type PublicRequestDetail } from '@mofan/shared';
import { api } from '../../../lib/api-client';

/** 完善机制: closed with what changed in the way of working. */
export function closePublicRequest({ id, ...body }: PublicRequestCloseRequest & { id: string }): Promise<PublicRequestDetail> {
  return api.post(`/api/public-requests/${encodeURIComponent(id)}/close`, publicRequestDetailSchema, body);
}
