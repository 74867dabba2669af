import { App, Checkbox, Form, Input, Modal } from 'antd';
import { NAME_MAX, PERMISSIONS, PERMISSION_LABELS, type Permission, type Role } from '@mofan/shared';
import { FormButtons } from '../../../components/form-buttons';
import { useApiErrorHandler } from '../../../lib/use-api-error';
import { useCreateRole } from '../api/create-role';
import { useUpdateRole } from '../api/update-role';

interface RoleValues {
  code: string;
  name: string;
  description?: string | null;
  permissions: Permission[];
}

/** `role` null: closed; 'new': a new role; a Role: edit it. */
export type RoleFormTarget = Role | 'new' | null;

interface RoleFormModalProps {
  target: RoleFormTarget;
  onClose: () => void;
  onVersionConflict: () => void;
}

export function RoleFormModal({ target, onClose, onVersionConflict }: RoleFormModalProps) {
  const title = target === 'new' ? '新建角色' : target ? `编辑角色：${target.name}` : '';
  return (
    <Modal open={target !== null} title={title} onCancel={onClose} footer={null} destroyOnHidden>
      {target !== null && (
        <RoleForm role={target === 'new' ? null : target} onClose={onClose} onVersionConflict={onVersionConflict} />
      )}
    </Modal>
  );
}

const permissionOptions = PERMISSIONS.map((p) => ({ value: p, label: PERMISSION_LABELS[p] }));

function RoleForm({ role, onClose, onVersionConflict }: { role: Role | null } & Omit<RoleFormModalProps, 'target'>) {
  const [form] = Form.useForm<RoleValues>();
  const { message } = App.useApp();
  const handleError = useApiErrorHandler();
  const createMutation = useCreateRole();
  const updateMutation = useUpdateRole();

  const done = () => {
    void message.success('已保存');
    onClose();
  };
  const failed = (error: unknown) =>
    handleError(error, {
      form,
      onVersionConflict: () => {
        onVersionConflict();
        onClose();
      },
    });

  const submit = (v: RoleValues) => {
    const description = v.description?.trim() ? v.description.trim() : null;
    if (role) {
      updateMutation.mutate(
        { id: role.id, name: v.name.trim(), description, permissions: v.permissions, version: role.version },
        { onSuccess: done, onError: failed },
      );
    } else {
      createMutation.mutate(
        { code: v.code.trim(), name: v.name.trim(), description, permissions: v.permissions },
        { onSuccess: done, onError: failed },
      );
    }
  };

  const initialValues: Partial<RoleValues> = role
    ? { code: role.code, name: role.name, description: role.description, permissions: role.permissions }
    : { permissions: [] };

  return (
    <Form form={form} layout="vertical" initialValues={initialValues} onFinish={submit} aria-label="角色">
      <Form.Item
        label="角色编码"
        name="code"
        extra={role ? '编码创建后不能修改' : '小写字母开头，只含小写字母、数字和下划线，如 unit_hr'}
        rules={[
          { required: true, message: '请输入角色编码' },
          { pattern: /^[a-z][a-z0-9_]{1,39}$/, message: '角色编码只能包含小写字母、数字和下划线' },
        ]}
      >
        <Input disabled={!!role} />
      </Form.Item>
      <Form.Item
        label="角色名称"
        name="name"
        rules={[
          { required: true, whitespace: true, message: '请输入角色名称' },
          { max: NAME_MAX, message: `不超过${NAME_MAX}字` },
        ]}
      >
        <Input />
      </Form.Item>
      <Form.Item label="说明" name="description" rules={[{ max: 200, message: '不超过200字' }]}>
        <Input.TextArea rows={2} />
      </Form.Item>
      <Form.Item label="权限" name="permissions" rules={[{ required: true, type: 'array', min: 1, message: '至少选择一项权限' }]}>
        <Checkbox.Group options={permissionOptions} style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(150px, 1fr))', gap: 8 }} />
      </Form.Item>
      <Form.Item style={{ marginBottom: 0 }}>
        <FormButtons loading={createMutation.isPending || updateMutation.isPending} onCancel={onClose} />
      </Form.Item>
    </Form>
  );
}
