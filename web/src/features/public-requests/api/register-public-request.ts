import { useMutation, useQueryClient } from '@tanstack/react-query';
import { publicRequestWithCodeSchema, type CreatePublicRequestRequest, type PublicRequestWithCode } from '@mofan/shared';
import { api } from '../../../lib/api-client';
import { afterPublicRequestChange } from './query-keys';

/** 了解需求: the answer carries the lookup code, shown this once. */
export function registerPublicRequest(body: CreatePublicRequestRequest): Promise<PublicRequestWithCode> {
  return api.post('/api/public-requests', publicRequestWithCodeSchema, body);
}

export function useRegisterPublicRequest() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: registerPublicRequest, onSuccess: (answer) => afterPublicRequestChange(queryClient, answer.request) });
}
