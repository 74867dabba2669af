import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { directiveBoardSchema, type DirectiveBoard } from '@mofan/shared';
import { api } from '../../../lib/api-client';
import { directiveKeys, type DirectiveBoardFilters } from './query-keys';

export function getDirectiveBoard(query: DirectiveBoardFilters, signal?: AbortSignal): Promise<DirectiveBoard> {
  return api.get('/api/directives/board', directiveBoardSchema, { ...query }, signal);
}

export function useDirectiveBoard(query: DirectiveBoardFilters) {
  return useQuery({ queryKey: directiveKeys.board(query), queryFn: ({ signal }) => getDirectiveBoard(query, signal), placeholderData: keepPreviousData });
}
