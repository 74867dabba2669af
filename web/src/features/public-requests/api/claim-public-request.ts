import { publicRequestDetailSchema, type PublicRequestClaimRequest, type PublicRequestDetail } from '@mofan/shared';
import { api } from '../../../lib/api-client';

/** 认领问题: a unit, 科室 or member takes the request. */
export function claimPublicRequest({ id, ...body }: PublicRequestClaimRequest & { id: string }): Promise<PublicRequestDetail> {
  return api.post(`/api/public-requests/${encodeURIComponent(id)}/claim`, publicRequestDetailSchema, body);
}
