import { App, Button, Flex, Table, Tag, type TableColumnsType } from 'antd';
import { PERMISSION_LABELS, type Role } from '@mofan/shared';
import { QueryErrorResult } from '../../../components/query-error-result';
import { orEmpty } from '../../../lib/format';
import { TABLE_SCROLL } from '../../../lib/table';
import { useApiErrorHandler } from '../../../lib/use-api-error';
import { useRoles } from '../api/list-roles';
import { useDeleteRole } from '../api/delete-role';

interface RolesTableProps {
  canWrite: boolean;
  onEdit: (role: Role) => void;
}

/** Built-in roles are shown with their permissions but cannot be changed or deleted. */
export function RolesTable({ canWrite, onEdit }: RolesTableProps) {
  const roles = useRoles();
  const deleteMutation = useDeleteRole();
  const handleError = useApiErrorHandler();
  const { modal, message } = App.useApp();

  const confirmDelete = (role: Role) =>
    modal.confirm({
      title: `删除角色「${role.name}」？`,
      content: '仍授予给账号的角色不能删除，请先撤销相关授权。',
      okText: '删除',
      okButtonProps: { danger: true },
      onOk: () =>
        deleteMutation
          .mutateAsync(role.id)
          .then(() => void message.success('已删除'))
          .catch((error: unknown) => handleError(error)),
    });

  const columns: TableColumnsType<Role> = [
    {
      title: '角色',
      key: 'name',
      fixed: 'left',
      render: (_, r) => (
        <>
          {r.name}
          {r.builtin && <Tag style={{ marginInlineStart: 8 }}>内置</Tag>}
        </>
      ),
    },
    { title: '编码', dataIndex: 'code', key: 'code' },
    { title: '说明', key: 'description', render: (_, r) => orEmpty(r.description) },
    {
      title: '权限',
      key: 'permissions',
      render: (_, r) => (
        <Flex gap={4} wrap style={{ maxWidth: 480 }}>
          {r.permissions.map((p) => (
            <Tag key={p}>{PERMISSION_LABELS[p]}</Tag>
          ))}
        </Flex>
      ),
    },
    ...(canWrite
      ? [
          {
            title: '操作',
            key: 'actions',
            render: (_: unknown, r: Role) =>
              r.builtin ? (
                <span title="内置角色不可修改">—</span>
              ) : (
                <Flex gap={4}>
                  <Button size="small" onClick={() => onEdit(r)}>
                    编辑
                  </Button>
                  <Button size="small" danger onClick={() => confirmDelete(r)}>
                    删除
                  </Button>
                </Flex>
              ),
          },
        ]
      : []),
  ];

  if (roles.isError) return <QueryErrorResult error={roles.error} onRetry={() => void roles.refetch()} />;
  return (
    <Table<Role>
      rowKey="id"
      columns={columns}
      dataSource={roles.data}
      loading={roles.isPending}
      pagination={false}
      scroll={TABLE_SCROLL}
    />
  );
}
