import { useMutation, useQueryClient } from '@tanstack/react-query';
import { programmePublicationSchema, type AdoptProgrammeRequest, type ProgrammePublicationView } from '@mofan/shared';
import { api } from '../../../lib/api-client';
import { complianceKeyRoot, programmeKeys } from './query-keys';

export interface AdoptProgrammeInput extends AdoptProgrammeRequest {
  publicationId: string;
}

export function adoptProgramme({ publicationId, ...body }: AdoptProgrammeInput): Promise<ProgrammePublicationView> {
  return api.post(`/api/programmes/publications/${encodeURIComponent(publicationId)}/adoptions`, programmePublicationSchema, body);
}

export function useAdoptProgramme() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: adoptProgramme,
    onSuccess: () =>
      Promise.all([queryClient.invalidateQueries({ queryKey: programmeKeys.all }), queryClient.invalidateQueries({ queryKey: complianceKeyRoot })]),
  });
}
