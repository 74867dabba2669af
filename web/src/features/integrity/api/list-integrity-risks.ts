import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { integrityRiskPageSchema, type IntegrityRiskPage } from '@mofan/shared';
import { api } from '../../../lib/api-client';
import { integrityKeys, type IntegrityRiskFilters } from './query-keys';

export function listIntegrityRisks(query: IntegrityRiskFilters & { page: number; pageSize: number }, signal?: AbortSignal): Promise<IntegrityRiskPage> {
  return api.get('/api/integrity/risks', integrityRiskPageSchema, { ...query }, signal);
}

export function useIntegrityRisks(query: IntegrityRiskFilters & { page: number; pageSize: number }) {
  return useQuery({ queryKey: integrityKeys.riskList(query), queryFn: ({ signal }) => listIntegrityRisks(query, signal), placeholderData: keepPreviousData });
}
