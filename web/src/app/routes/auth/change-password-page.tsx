import { Alert, App, Button, Flex, Typography } from 'antd';
import { useNavigate, useSearchParams } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { DEFAULT_PASSWORD_POLICY } from '@mofan/shared';
import { useMe } from '../../../features/auth/api/get-me';
import { useSystemInfo } from '../../../features/auth/api/get-system-info';
import { useLogout } from '../../../features/auth/api/logout';
import { ChangePasswordForm } from '../../../features/auth/components/change-password-form';
import { FullPageSpin } from '../../../components/full-page-spin';
import { QueryErrorResult } from '../../../components/query-error-result';
import { isApiError } from '../../../lib/api-error';
import { safeRedirect } from '../../../lib/safe-redirect';
import { CenteredCard } from './centered-card';

/** Outside the app layout because a user with a one-time password may not open anything else yet. */
export function ChangePasswordPage() {
  const me = useMe();
  const systemInfo = useSystemInfo();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const logoutMutation = useLogout();
  const { message } = App.useApp();
  const redirect = safeRedirect(params.get('redirect'));

  if (me.isPending) return <FullPageSpin />;
  if (me.isError) {
    if (isApiError(me.error) && me.error.status === 401) return <FullPageSpin />;
    return <QueryErrorResult error={me.error} onRetry={() => void me.refetch()} />;
  }

  const forced = me.data.mustChangePassword;
  const logout = () =>
    logoutMutation.mutate(undefined, {
      onSettled: async () => {
        await navigate('/login', { replace: true });
        queryClient.clear();
      },
    });

  return (
    <CenteredCard demo={me.data.demo}>
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        修改密码
      </Typography.Title>
      {forced && (
        <Alert type="warning" showIcon title="首次登录或密码已被重置，请先设置新密码。" style={{ marginBottom: 16 }} />
      )}
      <ChangePasswordForm
        username={me.data.username}
        policy={systemInfo.data?.passwordPolicy ?? DEFAULT_PASSWORD_POLICY}
        onChanged={() => {
          void message.success('密码已修改');
          void navigate(redirect, { replace: true });
        }}
      />
      <Flex justify="space-between" style={{ marginTop: 16 }}>
        {forced ? <span /> : <Button onClick={() => void navigate(-1)}>返回</Button>}
        <Button type="link" onClick={logout} loading={logoutMutation.isPending}>
          退出登录
        </Button>
      </Flex>
    </CenteredCard>
  );
}
