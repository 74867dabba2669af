import { App, Form, Input, Modal } from 'antd';
import {
  checkPassword,
  NAME_MAX,
  PASSWORD_MAX,
  USERNAME_MAX,
  USERNAME_MIN,
  type SystemInfo,
  type User,
} from '@mofan/shared';
import { FormButtons } from '../../../components/form-buttons';
import { PersonPicker } from '../../../components/pickers/person-picker';
import { describePasswordPolicy } from '../../../lib/password-policy-text';
import { useApiErrorHandler } from '../../../lib/use-api-error';
import { useCreateUser } from '../api/create-user';

interface CreateUserValues {
  username: string;
  displayName?: string;
  personId?: string | null;
  password?: string;
}

interface CreateUserModalProps {
  open: boolean;
  policy: SystemInfo['passwordPolicy'];
  onClose: () => void;
  onCreated: (user: User, oneTimePassword: string | null) => void;
}

export function CreateUserModal({ open, policy, onClose, onCreated }: CreateUserModalProps) {
  return (
    <Modal open={open} title="新建账号" onCancel={onClose} footer={null} destroyOnHidden>
      <CreateUserForm policy={policy} onClose={onClose} onCreated={onCreated} />
    </Modal>
  );
}

function CreateUserForm({ policy, onClose, onCreated }: Omit<CreateUserModalProps, 'open'>) {
  const [form] = Form.useForm<CreateUserValues>();
  const { message } = App.useApp();
  const handleError = useApiErrorHandler();
  const mutation = useCreateUser();

  const submit = (v: CreateUserValues) =>
    mutation.mutate(
      {
        username: v.username.trim(),
        ...(v.displayName?.trim() ? { displayName: v.displayName.trim() } : {}),
        personId: v.personId ?? null,
        ...(v.password ? { password: v.password } : {}),
      },
      {
        onSuccess: ({ user, oneTimePassword }) => {
          void message.success(`已创建账号 ${user.username}`);
          onCreated(user, oneTimePassword);
          onClose();
        },
        onError: (error) => handleError(error, { form }),
      },
    );

  return (
    <Form form={form} layout="vertical" onFinish={submit} aria-label="新建账号">
      <Form.Item
        label="用户名"
        name="username"
        rules={[
          { required: true, whitespace: true, message: '请输入用户名' },
          { min: USERNAME_MIN, message: `用户名至少${USERNAME_MIN}位` },
          { max: USERNAME_MAX, message: `用户名不超过${USERNAME_MAX}位` },
          { pattern: /^[a-zA-Z0-9_.-]+$/, message: '用户名只能包含字母、数字和 _ . -' },
        ]}
      >
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item label="关联人员" name="personId" extra="选填。关联后，此人的任职会自动带来相应权限。">
        <PersonPicker
          onChange={(_id, person) => {
            // Save typing: the person's name is the usual display name.
            if (person && !form.getFieldValue('displayName')) form.setFieldsValue({ displayName: person.name });
          }}
        />
      </Form.Item>
      <Form.Item label="显示名" name="displayName" rules={[{ max: NAME_MAX, message: `不超过${NAME_MAX}字` }]}>
        <Input placeholder="如：张三" />
      </Form.Item>
      <Form.Item
        label="初始密码"
        name="password"
        dependencies={['username']}
        extra={`选填。不填则生成一次性密码。${describePasswordPolicy(policy)}`}
        rules={[
          { max: PASSWORD_MAX, message: `密码不超过${PASSWORD_MAX}位` },
          ({ getFieldValue }) => ({
            validator: async (_rule, value: string | undefined) => {
              if (!value) return;
              const problems = checkPassword(value, String(getFieldValue('username') ?? ''), policy);
              if (problems.length > 0) throw new Error(problems.join('；'));
            },
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item style={{ marginBottom: 0 }}>
        <FormButtons loading={mutation.isPending} onCancel={onClose} submitText="创建" />
      </Form.Item>
    </Form>
  );
}
