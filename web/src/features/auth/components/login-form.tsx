import { useState } from 'react';
import { Alert, Button, Form, Input } from 'antd';
import { LockOutlined, UserOutlined } from '@ant-design/icons';
import type { LoginRequest, MeResponse } from '@mofan/shared';
import { ApiError, errorMessage } from '../../../lib/api-error';
import { applyFieldErrors } from '../../../lib/form-errors';
import { useLogin } from '../api/login';

interface LoginFormProps {
  onLoggedIn: (me: MeResponse) => void;
}

/** Wrong password (401) and locked account (423) are shown above the form in the server's words. */
export function LoginForm({ onLoggedIn }: LoginFormProps) {
  const [form] = Form.useForm<LoginRequest>();
  const loginMutation = useLogin();
  const [failure, setFailure] = useState<string | null>(null);

  const submit = (values: LoginRequest) => {
    setFailure(null);
    loginMutation.mutate(values, {
      onSuccess: onLoggedIn,
      onError: (error) => {
        if (error instanceof ApiError && applyFieldErrors(form, error)) return;
        setFailure(error instanceof ApiError && error.status === 401 ? error.message || '用户名或密码错误' : errorMessage(error));
      },
    });
  };

  return (
    <Form form={form} layout="vertical" requiredMark={false} onFinish={submit} aria-label="登录">
      {failure && <Alert type="error" showIcon title={failure} role="alert" style={{ marginBottom: 16 }} />}
      <Form.Item label="用户名" name="username" rules={[{ required: true, whitespace: true, message: '请输入用户名' }]}>
        <Input prefix={<UserOutlined />} autoComplete="username" autoFocus />
      </Form.Item>
      <Form.Item label="密码" name="password" rules={[{ required: true, message: '请输入密码' }]}>
        <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
      </Form.Item>
      <Button type="primary" htmlType="submit" block loading={loginMutation.isPending}>
        登录
      </Button>
    </Form>
  );
}
