import { useQuery } from '@tanstack/react-query';
import { directiveDetailSchema, type DirectiveDetail } from '@mofan/shared';
import { api } from '../../../lib/api-client';
import { directiveKeys } from './query-keys';

export function getDirective(id: string, signal?: AbortSignal): Promise<DirectiveDetail> {
  return api.get(`/api/directives/${encodeURIComponent(id)}`, directiveDetailSchema, undefined, signal);
}

export function useDirective(id: string) {
  return useQuery({ queryKey: directiveKeys.detail(id), queryFn: ({ signal }) => getDirective(id, signal) });
}
