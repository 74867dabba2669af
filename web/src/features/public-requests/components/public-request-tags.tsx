import { Tag } from 'antd';
import { PUBLIC_REQUEST_STATUS_LABELS, type PublicRequestStatus } from '@mofan/shared';

const STATUS_COLORS: Record<PublicRequestStatus, string> = {
  received: 'blue',
  claimed: 'processing',
  solved: 'cyan',
  closed: 'green',
  reopened: 'red',
};

export function PublicRequestStatusTag({ status }: { status: PublicRequestStatus }) {
  return <Tag color={STATUS_COLORS[status]}>{PUBLIC_REQUEST_STATUS_LABELS[status]}</Tag>;
}

export function SatisfactionTag({ satisfaction }: { satisfaction: 'satisfied' | 'dissatisfied' | null }) {
  if (satisfaction === null) return null;
  return satisfaction === 'satisfied' ? <Tag color="green">满意</Tag> : <Tag color="red">不满意</Tag>;
}
