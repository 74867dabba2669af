import { useState } from 'react';
import { Button, Card, Input } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useSearchParams } from 'react-router';
import { DEFAULT_PASSWORD_POLICY, type User } from '@mofan/shared';
import { UsersTable } from '../../../features/access/components/users-table';
import { CreateUserModal } from '../../../features/access/components/create-user-modal';
import { GrantModal } from '../../../features/access/components/grant-modal';
import {
  OneTimePasswordModal,
  type OneTimePassword,
} from '../../../features/access/components/one-time-password-modal';
import { useSystemInfo } from '../../../features/auth/api/get-system-info';
import { PageHeader } from '../../../components/page-header';
import { hasPermission } from '../../../lib/permissions';
import { readPositiveInt, readString, withParams } from '../../../lib/search-params';
import { useCurrentUser } from '../../current-user';

export function UsersPage() {
  const me = useCurrentUser();
  const systemInfo = useSystemInfo();
  const [params, setParams] = useSearchParams();
  const [creating, setCreating] = useState(false);
  const [granting, setGranting] = useState<User | null>(null);
  const [oneTime, setOneTime] = useState<OneTimePassword | null>(null);
  const canWrite = hasPermission(me, 'users.write');

  const q = readString(params, 'q');
  const page = readPositiveInt(params, 'page', 1, 100000);
  const pageSize = readPositiveInt(params, 'pageSize', 20);

  return (
    <>
      <PageHeader
        title="账号与授权"
        extra={
          canWrite && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              新建账号
            </Button>
          )
        }
      />
      <Card>
        <Input.Search
          key={q ?? ''}
          defaultValue={q}
          placeholder="用户名或姓名"
          aria-label="搜索账号"
          allowClear
          enterButton="搜索"
          onSearch={(value) => setParams(withParams(params, { q: value.trim(), page: null }))}
          style={{ maxWidth: 360, marginBottom: 16 }}
        />
        <UsersTable
          q={q}
          page={page}
          pageSize={pageSize}
          onPageChange={(p, size) => setParams(withParams(params, { page: size === pageSize ? p : 1, pageSize: size }))}
          canWrite={canWrite}
          onGrant={setGranting}
          onPasswordReset={setOneTime}
        />
      </Card>
      <CreateUserModal
        open={creating}
        policy={systemInfo.data?.passwordPolicy ?? DEFAULT_PASSWORD_POLICY}
        onClose={() => setCreating(false)}
        onCreated={(user, password) => {
          if (password) setOneTime({ username: user.username, password });
        }}
      />
      <GrantModal user={granting} onClose={() => setGranting(null)} />
      <OneTimePasswordModal value={oneTime} onClose={() => setOneTime(null)} />
    </>
  );
}
