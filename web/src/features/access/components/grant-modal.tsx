import { App, Form, Modal, Radio, Select } from 'antd';
import { PERMISSION_LABELS, type User } from '@mofan/shared';
import { FormButtons } from '../../../components/form-buttons';
import { OrgNodePicker } from '../../../components/pickers/org-node-picker';
import { useApiErrorHandler } from '../../../lib/use-api-error';
import { useRoles } from '../api/list-roles';
import { useCreateGrant } from '../api/create-grant';

interface GrantValues {
  roleId: string;
  scope: 'global' | 'node';
  scopeNodeId?: string | null;
}

interface GrantModalProps {
  user: User | null;
  onClose: () => void;
}

/** 授权: one role within one data scope. A user may hold several grants. */
export function GrantModal({ user, onClose }: GrantModalProps) {
  return (
    <Modal open={user !== null} title={user ? `授权：${user.displayName}（${user.username}）` : ''} onCancel={onClose} footer={null} destroyOnHidden>
      {user && <GrantForm user={user} onClose={onClose} />}
    </Modal>
  );
}

function GrantForm({ user, onClose }: { user: User; onClose: () => void }) {
  const [form] = Form.useForm<GrantValues>();
  const { message } = App.useApp();
  const handleError = useApiErrorHandler();
  const roles = useRoles();
  const mutation = useCreateGrant();
  const scope = Form.useWatch('scope', form);
  const roleId = Form.useWatch('roleId', form);
  const role = roles.data?.find((r) => r.id === roleId);

  const submit = (v: GrantValues) =>
    mutation.mutate(
      { userId: user.id, roleId: v.roleId, scopeNodeId: v.scope === 'node' ? (v.scopeNodeId ?? null) : null },
      {
        onSuccess: () => {
          void message.success('已授权');
          onClose();
        },
        onError: (error) => handleError(error, { form }),
      },
    );

  return (
    <Form form={form} layout="vertical" initialValues={{ scope: 'node' }} onFinish={submit} aria-label="授权">
      <Form.Item
        label="角色"
        name="roleId"
        rules={[{ required: true, message: '请选择角色' }]}
        extra={role && role.permissions.map((p) => PERMISSION_LABELS[p]).join('、')}
      >
        <Select
          loading={roles.isPending}
          options={roles.data?.map((r) => ({ value: r.id, label: r.name }))}
          showSearch={{ optionFilterProp: 'label' }}
        />
      </Form.Item>
      <Form.Item label="数据范围" name="scope">
        <Radio.Group
          options={[
            { value: 'node', label: '指定组织及其下级' },
            { value: 'global', label: '全局' },
          ]}
        />
      </Form.Item>
      {scope === 'node' && (
        <Form.Item label="范围组织" name="scopeNodeId" rules={[{ required: true, message: '请选择组织' }]}>
          <OrgNodePicker placeholder="输入单位、科室或党组织名称搜索" />
        </Form.Item>
      )}
      <Form.Item style={{ marginBottom: 0 }}>
        <FormButtons loading={mutation.isPending} onCancel={onClose} submitText="授权" />
      </Form.Item>
    </Form>
  );
}
