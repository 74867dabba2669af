import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { userPageSchema } from '@mofan/shared';
import { api } from '../../../lib/api-client';
import { accessKeys, type UserListParams } from './query-keys';

export function getUsers(params: UserListParams, signal?: AbortSignal) {
  return api.get('/api/users', userPageSchema, { ...params }, signal);
}

export function useUsers(params: UserListParams) {
  return useQuery({
    queryKey: accessKeys.userList(params),
    queryFn: ({ signal }) => getUsers(params, signal),
    placeholderData: keepPreviousData,
  });
}
