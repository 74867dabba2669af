import { publicRequestDetailSchema, type PublicRequestDetail, type PublicRequestRevisitRequest } from '@mofan/shared';
import { api } from '../../../lib/api-client';

/** 回访 after a dissatisfied reply: the request goes back to 办理. */
export function revisitPublicRequest({ id, ...body }: PublicRequestRevisitRequest & { id: string }): Promise<PublicRequestDetail> {
  return api.post(`/api/public-requests/${encodeURIComponent(id)}/revisit`, publicRequestDetailSchema, body);
}
