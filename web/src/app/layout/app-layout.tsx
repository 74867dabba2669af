import { useState } from 'react';
import { Drawer, Layout, Typography } from 'antd';
import { Navigate, Outlet, useLocation } from 'react-router';
import { useMe } from '../../features/auth/api/get-me';
import { useSystemInfo } from '../../features/auth/api/get-system-info';
import { DemoBanner } from '../../components/demo-banner';
import { FullPageSpin } from '../../components/full-page-spin';
import { QueryErrorResult } from '../../components/query-error-result';
import { isApiError } from '../../lib/api-error';
import { useIsPhone } from '../../lib/use-media-query';
import { withRedirect } from '../../lib/safe-redirect';
import { CurrentUserContext } from '../current-user';
import { AppHeader } from './app-header';
import { SideMenu } from './side-menu';

const DEFAULT_SYSTEM_NAME = '模范机关建设平台';

/**
 * Every signed-in page sits in here. It waits for /api/me, sends a pending one-time password to
 * /change-password, and shows the menu as a sider on desktops and as a drawer on phones.
 */
export function AppLayout() {
  const me = useMe();
  const systemInfo = useSystemInfo();
  const isPhone = useIsPhone();
  const location = useLocation();
  const [collapsed, setCollapsed] = useState(false);
  const [drawerOpen, setDrawerOpen] = useState(false);

  if (me.isPending) return <FullPageSpin />;
  if (me.isError) {
    // A 401 is already on its way to /login.
    if (isApiError(me.error) && me.error.status === 401) return <FullPageSpin />;
    return <QueryErrorResult error={me.error} onRetry={() => void me.refetch()} />;
  }
  if (me.data.mustChangePassword) {
    return <Navigate to={withRedirect('/change-password', location.pathname + location.search)} replace />;
  }

  const systemName = systemInfo.data?.name ?? DEFAULT_SYSTEM_NAME;

  return (
    <CurrentUserContext value={me.data}>
      {me.data.demo && <DemoBanner />}
      <Layout style={{ minHeight: me.data.demo ? 'calc(100vh - 30px)' : '100vh' }}>
        {!isPhone && (
          <Layout.Sider
            theme="light"
            collapsible
            collapsed={collapsed}
            onCollapse={setCollapsed}
            breakpoint="lg"
            width={208}
            style={{ borderInlineEnd: '1px solid #f0f0f0' }}
          >
            <Typography.Title level={5} style={{ margin: 0, padding: '20px 16px', whiteSpace: 'nowrap', overflow: 'hidden' }}>
              {collapsed ? '模范' : '模范机关建设'}
            </Typography.Title>
            <SideMenu me={me.data} />
          </Layout.Sider>
        )}
        <Layout>
          <AppHeader me={me.data} systemName={systemName} isPhone={isPhone} onOpenMenu={() => setDrawerOpen(true)} />
          <Layout.Content style={{ padding: isPhone ? 12 : 24, minWidth: 0 }}>
            <Outlet />
          </Layout.Content>
        </Layout>
      </Layout>
      {isPhone && (
        <Drawer
          title={systemName}
          placement="left"
          open={drawerOpen}
          onClose={() => setDrawerOpen(false)}
          size={240}
          styles={{ body: { padding: 0 } }}
        >
          <SideMenu me={me.data} onNavigate={() => setDrawerOpen(false)} />
        </Drawer>
      )}
    </CurrentUserContext>
  );
}
