import { useMutation, useQueryClient } from '@tanstack/react-query';
import { cleanlinessCheckSchema, type CleanlinessCheck, type DrawCleanlinessCheckRequest } from '@mofan/shared';
import { api } from '../../../lib/api-client';
import { afterCheckChange } from './query-keys';

/** 一抽查: the server draws the 科室 at random, once per unit and month. */
export function drawCleanlinessCheck(body: DrawCleanlinessCheckRequest): Promise<CleanlinessCheck> {
  return api.post('/api/cleanliness/checks', cleanlinessCheckSchema, body);
}

export function useDrawCleanlinessCheck() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: drawCleanlinessCheck, onSuccess: (check) => afterCheckChange(queryClient, check) });
}
