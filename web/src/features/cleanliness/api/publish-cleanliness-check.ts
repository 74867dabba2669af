import { useMutation, useQueryClient } from '@tanstack/react-query';
import { cleanlinessCheckSchema, type CleanlinessCheck, type PublishCleanlinessCheckRequest } from '@mofan/shared';
import { api } from '../../../lib/api-client';
import { afterCheckChange } from './query-keys';

/** 一通报: closes the month's scores; the ranking enters each 科室's history. */
export function publishCleanlinessCheck({ id, ...body }: PublishCleanlinessCheckRequest & { id: string }): Promise<CleanlinessCheck> {
  return api.post(`/api/cleanliness/checks/${encodeURIComponent(id)}/publish`, cleanlinessCheckSchema, body);
}

export function usePublishCleanlinessCheck() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: publishCleanlinessCheck, onSuccess: (check) => afterCheckChange(queryClient, check) });
}
