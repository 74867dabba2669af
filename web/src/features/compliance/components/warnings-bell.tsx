import { useState } from 'react';
import { Badge, Button } from 'antd';
import { BellOutlined } from '@ant-design/icons';
import { useWarnings } from '../api/get-warnings';
import { WARNING_COLORS } from './status-style';
import { WarningsDrawer } from './warnings-drawer';

/** The header's bell: the number of reminders, red when anything is overdue, gold when only due soon. */
export function WarningsBell() {
  const warnings = useWarnings();
  const [open, setOpen] = useState(false);
  const red = warnings.data?.red ?? 0;
  const total = red + (warnings.data?.yellow ?? 0);
  const label = total > 0 ? `提醒（${red > 0 ? `${red} 项逾期，` : ''}共 ${total} 项）` : '提醒';
  return (
    <>
      <Badge count={total} size="small" color={red > 0 ? WARNING_COLORS.red : WARNING_COLORS.yellow} offset={[-6, 6]}>
        <Button type="text" icon={<BellOutlined />} aria-label={label} data-testid="warnings-bell" onClick={() => setOpen(true)} />
      </Badge>
      <WarningsDrawer open={open} onClose={() => setOpen(false)} warnings={warnings} />
    </>
  );
}
