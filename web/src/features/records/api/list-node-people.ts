import { useQuery } from '@tanstack/react-query';
import { personPageSchema, type Person } from '@mofan/shared';
import { api } from '../../../lib/api-client';

/** The serving people of an org node (and below): the attendance list a meeting starts from. */
export async function getNodePeople(nodeId: string, signal?: AbortSignal): Promise<Person[]> {
  const page = await api.get('/api/people', personPageSchema, { nodeId, status: 'active', pageSize: 200 }, signal);
  return page.items;
}

export function useNodePeople(nodeId: string | null | undefined) {
  return useQuery({
    queryKey: ['records', 'node-people', nodeId],
    queryFn: ({ signal }) => getNodePeople(nodeId ?? '', signal),
    enabled: !!nodeId,
    staleTime: 60_000,
  });
}
