import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { rectificationPageSchema, type RectificationPage } from '@mofan/shared';
import { api } from '../../../lib/api-client';
import { supervisionKeys, type Paged, type RectificationFilters } from './query-keys';

export function getRectifications(query: RectificationFilters & Paged, signal?: AbortSignal): Promise<RectificationPage> {
  return api.get('/api/rectifications', rectificationPageSchema, { ...query }, signal);
}

export function useRectifications(query: RectificationFilters & Paged) {
  return useQuery({ queryKey: supervisionKeys.rectificationList(query), queryFn: ({ signal }) => getRectifications(query, signal), placeholderData: keepPreviousData });
}
