import { useMutation, useQueryClient } from '@tanstack/react-query';
import { postSchema, type CreatePostRequest, type Post } from '@mofan/shared';
import { api } from '../../../lib/api-client';
import { peopleKeys } from './query-keys';

export function createPost({ personId, ...body }: CreatePostRequest & { personId: string }): Promise<Post> {
  return api.post(`/api/people/${encodeURIComponent(personId)}/posts`, postSchema, body);
}

export function useCreatePost() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createPost,
    // A post changes the person's history and which role filters they match.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: peopleKeys.all }),
  });
}
