import { useMutation, useQueryClient } from '@tanstack/react-query';
import { postSchema, type Post, type UpdatePostRequest } from '@mofan/shared';
import { api } from '../../../lib/api-client';
import { peopleKeys } from './query-keys';

/** Also how a post ends: set endDate (离任). */
export function updatePost({ id, ...body }: UpdatePostRequest & { id: string }): Promise<Post> {
  return api.patch(`/api/posts/${encodeURIComponent(id)}`, postSchema, body);
}

export function useUpdatePost() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updatePost,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: peopleKeys.all }),
  });
}
