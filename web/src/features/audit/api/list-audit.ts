import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { auditPageSchema, type AuditListQuery } from '@mofan/shared';
import { api } from '../../../lib/api-client';

export type AuditFilters = Partial<Pick<AuditListQuery, 'username' | 'action' | 'result' | 'from' | 'to'>>;

export interface AuditPageQuery extends AuditFilters {
  page: number;
  pageSize: number;
}

export function getAuditEntries(query: AuditPageQuery, signal?: AbortSignal) {
  return api.get('/api/audit', auditPageSchema, { ...query }, signal);
}

export function useAuditEntries(query: AuditPageQuery) {
  return useQuery({
    queryKey: ['audit', query],
    queryFn: ({ signal }) => getAuditEntries(query, signal),
    placeholderData: keepPreviousData,
  });
}
