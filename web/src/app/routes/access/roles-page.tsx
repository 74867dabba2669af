import { useState } from 'react';
import { Button, Card } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { RolesTable } from '../../../features/access/components/roles-table';
import { RoleFormModal, type RoleFormTarget } from '../../../features/access/components/role-form-modal';
import { accessKeys } from '../../../features/access/api/query-keys';
import { PageHeader } from '../../../components/page-header';
import { hasPermission } from '../../../lib/permissions';
import { useCurrentUser } from '../../current-user';

export function RolesPage() {
  const me = useCurrentUser();
  const queryClient = useQueryClient();
  const [target, setTarget] = useState<RoleFormTarget>(null);
  const canWrite = hasPermission(me, 'roles.write');

  return (
    <>
      <PageHeader
        title="角色"
        extra={
          canWrite && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setTarget('new')}>
              新建角色
            </Button>
          )
        }
      />
      <Card>
        <RolesTable canWrite={canWrite} onEdit={setTarget} />
      </Card>
      <RoleFormModal
        target={target}
        onClose={() => setTarget(null)}
        onVersionConflict={() => void queryClient.invalidateQueries({ queryKey: accessKeys.roles })}
      />
    </>
  );
}
