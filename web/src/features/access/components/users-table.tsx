import { App, Button, Flex, Table, Tag, type TableColumnsType } from 'antd';
import type { Grant, User } from '@mofan/shared';
import { QueryErrorResult } from '../../../components/query-error-result';
import { EMPTY, formatDateTime } from '../../../lib/format';
import { serverPagination, TABLE_SCROLL } from '../../../lib/table';
import { useApiErrorHandler } from '../../../lib/use-api-error';
import { useUsers } from '../api/list-users';
import { useUpdateUser } from '../api/update-user';
import { useUnlockUser } from '../api/unlock-user';
import { useResetUserPassword } from '../api/reset-user-password';
import { useDeleteGrant } from '../api/delete-grant';
import type { OneTimePassword } from './one-time-password-modal';

interface UsersTableProps {
  q: string | undefined;
  page: number;
  pageSize: number;
  onPageChange: (page: number, pageSize: number) => void;
  canWrite: boolean;
  onGrant: (user: User) => void;
  onPasswordReset: (value: OneTimePassword) => void;
}

function isLocked(user: User): boolean {
  return user.lockedUntil !== null && new Date(user.lockedUntil).getTime() > Date.now();
}

function StatusTags({ user }: { user: User }) {
  return (
    <Flex gap={4} wrap>
      {user.isActive ? <Tag color="green">正常</Tag> : <Tag>已停用</Tag>}
      {isLocked(user) && <Tag color="red">{`已锁定至 ${formatDateTime(user.lockedUntil).slice(5, 16)}`}</Tag>}
      {user.mustChangePassword && <Tag color="orange">待修改密码</Tag>}
    </Flex>
  );
}

function grantLabel(g: Grant): string {
  return `${g.roleName} · ${g.scopeNodeName ?? (g.scopeNodeId ? '（已删除的组织）' : '全局')}`;
}

export function UsersTable({ q, page, pageSize, onPageChange, canWrite, onGrant, onPasswordReset }: UsersTableProps) {
  const { modal, message } = App.useApp();
  const handleError = useApiErrorHandler();
  const users = useUsers({ q, page, pageSize });
  const updateMutation = useUpdateUser();
  const unlockMutation = useUnlockUser();
  const resetMutation = useResetUserPassword();
  const revokeMutation = useDeleteGrant();

  const resetPassword = (user: User) =>
    modal.confirm({
      title: `重置 ${user.displayName}（${user.username}）的密码？`,
      content: '将生成一次性密码，原密码立即失效，本人下次登录时须修改密码。',
      okText: '重置',
      onOk: () =>
        resetMutation
          .mutateAsync(user.id)
          .then(({ oneTimePassword }) => onPasswordReset({ username: user.username, password: oneTimePassword }))
          .catch((error: unknown) => handleError(error)),
    });

  const toggleActive = (user: User) =>
    modal.confirm({
      title: user.isActive ? `停用账号 ${user.username}？` : `启用账号 ${user.username}？`,
      content: user.isActive ? '停用后该账号无法登录，已登录的会话随即失效。授权保留，可随时启用。' : undefined,
      okText: user.isActive ? '停用' : '启用',
      okButtonProps: { danger: user.isActive },
      onOk: () =>
        updateMutation
          .mutateAsync({ id: user.id, isActive: !user.isActive, version: user.version })
          .then(() => void message.success(user.isActive ? '已停用' : '已启用'))
          .catch((error: unknown) => handleError(error, { onVersionConflict: () => void users.refetch() })),
    });

  const unlock = (user: User) =>
    unlockMutation.mutate(user.id, {
      onSuccess: () => void message.success('已解锁'),
      onError: (error) => handleError(error),
    });

  const revoke = (user: User, grant: Grant) =>
    modal.confirm({
      title: `撤销授权「${grantLabel(grant)}」？`,
      content: `${user.displayName} 将失去该角色在此范围内的权限。`,
      okText: '撤销',
      okButtonProps: { danger: true },
      onOk: () =>
        revokeMutation
          .mutateAsync({ userId: user.id, grantId: grant.id })
          .then(() => void message.success('已撤销'))
          .catch((error: unknown) => handleError(error)),
    });

  const columns: TableColumnsType<User> = [
    { title: '用户名', dataIndex: 'username', key: 'username', fixed: 'left' },
    { title: '显示名', dataIndex: 'displayName', key: 'displayName' },
    {
      title: '关联人员',
      key: 'person',
      render: (_, u) => (u.personName ? `${u.personName}${u.unitName ? `（${u.unitName}）` : ''}` : EMPTY),
    },
    { title: '状态', key: 'status', render: (_, u) => <StatusTags user={u} /> },
    {
      title: '授权',
      key: 'grants',
      render: (_, u) =>
        u.grants.length === 0 ? (
          EMPTY
        ) : (
          <Flex gap={4} wrap style={{ maxWidth: 360 }}>
            {u.grants.map((g) => (
              <Tag
                key={g.id}
                color="blue"
                closable={canWrite ? { 'aria-label': `撤销授权 ${grantLabel(g)}` } : false}
                onClose={(e) => {
                  // Tag would hide itself at once; it should go only once the server agrees.
                  e.preventDefault();
                  revoke(u, g);
                }}
              >
                {grantLabel(g)}
              </Tag>
            ))}
          </Flex>
        ),
    },
    { title: '最近登录', key: 'lastLoginAt', render: (_, u) => formatDateTime(u.lastLoginAt) || EMPTY },
    ...(canWrite
      ? [
          {
            title: '操作',
            key: 'actions',
            render: (_: unknown, u: User) => (
              <Flex gap={4} wrap>
                <Button size="small" onClick={() => onGrant(u)}>
                  授权
                </Button>
                <Button size="small" onClick={() => resetPassword(u)}>
                  重置密码
                </Button>
                {isLocked(u) && (
                  <Button size="small" onClick={() => unlock(u)} loading={unlockMutation.isPending && unlockMutation.variables === u.id}>
                    解锁
                  </Button>
                )}
                <Button size="small" danger={u.isActive} onClick={() => toggleActive(u)}>
                  {u.isActive ? '停用' : '启用'}
                </Button>
              </Flex>
            ),
          },
        ]
      : []),
  ];

  if (users.isError) return <QueryErrorResult error={users.error} onRetry={() => void users.refetch()} />;

  return (
    <Table<User>
      rowKey="id"
      columns={columns}
      dataSource={users.data?.items}
      loading={users.isFetching}
      scroll={TABLE_SCROLL}
      pagination={serverPagination(page, pageSize, users.data?.total, onPageChange, '个账号')}
      locale={{ emptyText: '没有符合条件的账号' }}
    />
  );
}
