import { useMutation, useQueryClient } from '@tanstack/react-query';
import { publicLookupSchema, type PublicFeedbackRequest, type PublicLookup } from '@mofan/shared';
import { api } from '../../../lib/api-client';
import { publicRequestKeys } from './query-keys';

export function givePublicFeedback({ code, ...body }: PublicFeedbackRequest & { code: string }): Promise<PublicLookup> {
  return api.post(`/api/public/requests/${encodeURIComponent(code)}/feedback`, publicLookupSchema, body);
}

export function useGivePublicFeedback(code: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PublicFeedbackRequest) => givePublicFeedback({ code, ...body }),
    onSuccess: (lookup) => queryClient.setQueryData(publicRequestKeys.lookup(code), lookup),
  });
}
