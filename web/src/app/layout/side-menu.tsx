import { Menu } from 'antd';
import { Link, useLocation } from 'react-router';
import type { MeResponse } from '@mofan/shared';
import { activeNavPath, visibleNavItems } from '../nav-items';

interface SideMenuProps {
  me: MeResponse;
  /** Closes the phone drawer after a choice. */
  onNavigate?: () => void;
}

export function SideMenu({ me, onNavigate }: SideMenuProps) {
  const { pathname } = useLocation();
  const items = visibleNavItems(me).map((item) => ({
    key: item.path,
    icon: item.icon,
    // A real link: middle-click opens a tab, and tests find it by role and name.
    label: <Link to={item.path}>{item.label}</Link>,
  }));
  return (
    <Menu
      mode="inline"
      selectedKeys={[activeNavPath(pathname)]}
      items={items}
      onClick={onNavigate}
      style={{ borderInlineEnd: 'none' }}
      aria-label="主菜单"
    />
  );
}
