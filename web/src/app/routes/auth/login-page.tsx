import { Alert, Typography } from 'antd';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router';
import type { MeResponse } from '@mofan/shared';
import { LoginForm } from '../../../features/auth/components/login-form';
import { useSystemInfo } from '../../../features/auth/api/get-system-info';
import { safeRedirect, withRedirect } from '../../../lib/safe-redirect';
import { CenteredCard } from './centered-card';

/** Why the user landed here (a session that timed out), passed as router state by the 401 handler. */
function reasonOf(state: unknown): string | null {
  if (typeof state === 'object' && state !== null && 'reason' in state && typeof state.reason === 'string') {
    return state.reason;
  }
  return null;
}

export function LoginPage() {
  const systemInfo = useSystemInfo();
  const [params] = useSearchParams();
  const location = useLocation();
  const navigate = useNavigate();
  const redirect = safeRedirect(params.get('redirect'));
  const reason = reasonOf(location.state);
  const demo = systemInfo.data?.demo ?? false;

  const onLoggedIn = (me: MeResponse) => {
    void navigate(me.mustChangePassword ? withRedirect('/change-password', redirect) : redirect, { replace: true });
  };

  return (
    <CenteredCard demo={demo}>
      <Typography.Title level={3} style={{ textAlign: 'center', marginTop: 0 }}>
        {systemInfo.data?.name ?? '模范机关建设平台'}
      </Typography.Title>
      {demo && (
        <Alert
          type="warning"
          showIcon
          title="演示环境"
          description="本系统为演示环境，其中的单位、人员等数据均为虚构。"
          style={{ marginBottom: 16 }}
        />
      )}
      {reason && <Alert type="info" showIcon title={reason} style={{ marginBottom: 16 }} />}
      <LoginForm onLoggedIn={onLoggedIn} />
      <Typography.Paragraph type="secondary" style={{ textAlign: 'center', marginTop: 16, marginBottom: 0 }}>
        反映过诉求的群众：<Link to="/lookup">凭查询码查看办理进度</Link>
      </Typography.Paragraph>
    </CenteredCard>
  );
}
