import { Button, Form, Input, Typography } from 'antd';
import { checkPassword, type MeResponse, type SystemInfo } from '@mofan/shared';
import { useApiErrorHandler } from '../../../lib/use-api-error';
import { describePasswordPolicy } from '../../../lib/password-policy-text';
import { useChangePassword } from '../api/change-password';

interface ChangePasswordValues {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

interface ChangePasswordFormProps {
  username: string;
  policy: SystemInfo['passwordPolicy'];
  onChanged: (me: MeResponse) => void;
}

/** Checks the policy in the browser with the server's own rule, so most mistakes never leave the page. */
export function ChangePasswordForm({ username, policy, onChanged }: ChangePasswordFormProps) {
  const [form] = Form.useForm<ChangePasswordValues>();
  const mutation = useChangePassword();
  const handleError = useApiErrorHandler();

  const submit = ({ currentPassword, newPassword }: ChangePasswordValues) => {
    mutation.mutate(
      { currentPassword, newPassword },
      { onSuccess: onChanged, onError: (error) => handleError(error, { form }) },
    );
  };

  return (
    <Form form={form} layout="vertical" onFinish={submit} aria-label="修改密码">
      <Typography.Paragraph type="secondary" data-testid="password-policy">
        {describePasswordPolicy(policy)}
      </Typography.Paragraph>
      <Form.Item label="当前密码" name="currentPassword" rules={[{ required: true, message: '请输入当前密码' }]}>
        <Input.Password autoComplete="current-password" />
      </Form.Item>
      <Form.Item
        label="新密码"
        name="newPassword"
        rules={[
          { required: true, message: '请输入新密码' },
          {
            validator: async (_rule, value: string | undefined) => {
              const problems = value ? checkPassword(value, username, policy) : [];
              if (problems.length > 0) throw new Error(problems.join('；'));
            },
          },
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        label="确认新密码"
        name="confirmPassword"
        dependencies={['newPassword']}
        rules={[
          { required: true, message: '请再次输入新密码' },
          ({ getFieldValue }) => ({
            validator: async (_rule, value: string | undefined) => {
              if (value && value !== getFieldValue('newPassword')) throw new Error('两次输入的新密码不一致');
            },
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Button type="primary" htmlType="submit" block loading={mutation.isPending}>
        修改密码
      </Button>
    </Form>
  );
}
