import { Tag } from 'antd';
import { PERSON_STATUS_LABELS, type PersonStatus } from '@mofan/shared';

export function PersonStatusTag({ status }: { status: PersonStatus }) {
  return <Tag color={status === 'active' ? 'green' : 'default'}>{PERSON_STATUS_LABELS[status]}</Tag>;
}
