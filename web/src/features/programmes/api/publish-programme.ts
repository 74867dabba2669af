import { useMutation, useQueryClient } from '@tanstack/react-query';
import { programmePublicationSchema, type ProgrammePublicationView, type PublishProgrammeRequest } from '@mofan/shared';
import { api } from '../../../lib/api-client';
import { programmeKeys } from './query-keys';

export function publishProgramme(body: PublishProgrammeRequest): Promise<ProgrammePublicationView> {
  return api.post('/api/programmes/publications', programmePublicationSchema, body);
}

export function usePublishProgramme() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: publishProgramme,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: programmeKeys.all }),
  });
}
