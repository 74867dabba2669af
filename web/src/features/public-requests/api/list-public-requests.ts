import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { publicRequestPageSchema, type PublicRequestPage } from '@mofan/shared';
import { api } from '../../../lib/api-client';
import { publicRequestKeys, type PublicRequestPageQuery } from './query-keys';

export function listPublicRequests(query: PublicRequestPageQuery, signal?: AbortSignal): Promise<PublicRequestPage> {
  return api.get('/api/public-requests', publicRequestPageSchema, { ...query }, signal);
}

export function usePublicRequests(query: PublicRequestPageQuery) {
  return useQuery({ queryKey: publicRequestKeys.list(query), queryFn: ({ signal }) => listPublicRequests(query, signal), placeholderData: keepPreviousData });
}
