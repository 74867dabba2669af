import { useMutation, useQueryClient } from '@tanstack/react-query';
import { programmePublicationSchema, type ProgrammePublicationView } from '@mofan/shared';
import { api } from '../../../lib/api-client';
import { programmeKeys } from './query-keys';

/** Units can no longer adopt it; the adoptions made stay on record. */
export function withdrawPublication(id: string): Promise<ProgrammePublicationView> {
  return api.post(`/api/programmes/publications/${encodeURIComponent(id)}/withdraw`, programmePublicationSchema);
}

export function useWithdrawPublication() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: withdrawPublication,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: programmeKeys.all }),
  });
}
