import { publicRequestDetailSchema, type PublicRequestDetail, type PublicRequestSolveRequest } from '@mofan/shared';
import { api } from '../../../lib/api-client';

/** 解决问题: the solution, which the person who raised it will read. */
export function solvePublicRequest({ id, ...body }: PublicRequestSolveRequest & { id: string }): Promise<PublicRequestDetail> {
  return api.post(`/api/public-requests/${encodeURIComponent(id)}/solve`, publicRequestDetailSchema, body);
}
