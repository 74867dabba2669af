import { useQuery } from '@tanstack/react-query';
import { directiveStatisticsSchema, type DirectiveReportQuery, type DirectiveStatistics } from '@mofan/shared';
import { api } from '../../../lib/api-client';

export function getDirectiveStatistics(query: DirectiveReportQuery, signal?: AbortSignal): Promise<DirectiveStatistics> {
  return api.get('/api/directive-reports/statistics', directiveStatisticsSchema, { ...query }, signal);
}

export function useDirectiveStatistics(query: DirectiveReportQuery | null) {
  return useQuery({
    queryKey: ['directive-reports', 'statistics', query],
    queryFn: ({ signal }) => getDirectiveStatistics(query!, signal),
    enabled: query !== null,
  });
}
