import { useQuery } from '@tanstack/react-query';
import { publicRequestDetailSchema, type PublicRequestDetail } from '@mofan/shared';
import { api } from '../../../lib/api-client';
import { publicRequestKeys } from './query-keys';

export function getPublicRequest(id: string, signal?: AbortSignal): Promise<PublicRequestDetail> {
  return api.get(`/api/public-requests/${encodeURIComponent(id)}`, publicRequestDetailSchema, undefined, signal);
}

export function usePublicRequest(id: string) {
  return useQuery({ queryKey: publicRequestKeys.detail(id), queryFn: ({ signal }) => getPublicRequest(id, signal) });
}
