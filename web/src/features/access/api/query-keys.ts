export interface UserListParams {
  q?: string;
  page: number;
  pageSize: number;
}

export const accessKeys = {
  all: ['access'] as const,
  users: ['access', 'users'] as const,
  userList: (params: UserListParams) => ['access', 'users', params] as const,
  roles: ['access', 'roles'] as const,
};
