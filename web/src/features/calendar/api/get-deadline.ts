import { useQuery } from '@tanstack/react-query';
import { deadlineResponseSchema, type DeadlineQuery, type DeadlineResponse } from '@mofan/shared';
import { api } from '../../../lib/api-client';
import { calendarKeys } from './query-keys';

export function getDeadline(query: DeadlineQuery, signal?: AbortSignal): Promise<DeadlineResponse> {
  return api.get('/api/calendar/deadline', deadlineResponseSchema, { ...query }, signal);
}

/** The due date of a question once asked; a refusal (a year without a schedule) is an answer, not retried. */
export function useDeadline(query: DeadlineQuery | null) {
  return useQuery({
    queryKey: calendarKeys.deadline(query ?? { from: '' }),
    queryFn: ({ signal }) => getDeadline(query!, signal),
    enabled: query !== null,
    retry: false,
  });
}
