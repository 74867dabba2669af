import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { directivePageSchema, type DirectivePage } from '@mofan/shared';
import { api } from '../../../lib/api-client';
import { directiveKeys, type DirectivePageQuery } from './query-keys';

export function getDirectives(query: DirectivePageQuery, signal?: AbortSignal): Promise<DirectivePage> {
  return api.get('/api/directives', directivePageSchema, { ...query }, signal);
}

export function useDirectives(query: DirectivePageQuery) {
  return useQuery({ queryKey: directiveKeys.list(query), queryFn: ({ signal }) => getDirectives(query, signal), placeholderData: keepPreviousData });
}
