import { Button, Flex, Layout, Typography } from 'antd';
import { KeyOutlined, LogoutOutlined, MenuOutlined, UserOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import type { MeResponse } from '@mofan/shared';
import { useLogout } from '../../features/auth/api/logout';
import { WarningsBell } from '../../features/compliance/components/warnings-bell';

interface AppHeaderProps {
  me: MeResponse;
  systemName: string;
  isPhone: boolean;
  onOpenMenu: () => void;
}

export function AppHeader({ me, systemName, isPhone, onOpenMenu }: AppHeaderProps) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const logoutMutation = useLogout();

  const logout = () => {
    logoutMutation.mutate(undefined, {
      // Leave even if the server call failed: the user asked to be signed out of this browser.
      onSettled: async () => {
        await navigate('/login', { replace: true });
        queryClient.clear();
      },
    });
  };

  return (
    <Layout.Header
      style={{ background: '#fff', padding: isPhone ? '0 12px' : '0 24px', borderBottom: '1px solid #f0f0f0' }}
    >
      <Flex justify="space-between" align="center" gap={8} style={{ height: '100%' }}>
        <Flex align="center" gap={8} style={{ minWidth: 0 }}>
          {isPhone && <Button type="text" icon={<MenuOutlined />} aria-label="打开菜单" onClick={onOpenMenu} />}
          <Typography.Text strong ellipsis style={{ fontSize: isPhone ? 15 : 17 }}>
            {systemName}
          </Typography.Text>
        </Flex>
        <Flex align="center" gap={isPhone ? 4 : 12} style={{ flexShrink: 0 }}>
          <WarningsBell />
          <Typography.Text data-testid="current-user" ellipsis style={{ maxWidth: isPhone ? 80 : 200 }}>
            {!isPhone && <UserOutlined style={{ marginInlineEnd: 4 }} />}
            {me.displayName}
          </Typography.Text>
          <Button type="text" icon={<KeyOutlined />} aria-label="修改密码" onClick={() => void navigate('/change-password')}>
            {!isPhone && '修改密码'}
          </Button>
          <Button icon={<LogoutOutlined />} loading={logoutMutation.isPending} onClick={logout}>
            退出登录
          </Button>
        </Flex>
      </Flex>
    </Layout.Header>
  );
}
