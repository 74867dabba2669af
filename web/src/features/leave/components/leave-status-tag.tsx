import { Tag } from 'antd';
import { LEAVE_STATUS_LABELS, type LeaveStatus } from '@mofan/shared';

const COLORS: Record<LeaveStatus, string> = { pending: 'gold', approved: 'green', rejected: 'red', cancelled: 'default', returned: 'blue' };

export function LeaveStatusTag({ status }: { status: LeaveStatus }) {
  return <Tag color={COLORS[status]}>{LEAVE_STATUS_LABELS[status]}</Tag>;
}
