import { Tag } from 'antd';
import { COMPLIANCE_STATUS_LABELS, type ComplianceStatus } from '@mofan/shared';
import { STATUS_STYLES } from './status-style';

export function StatusTag({ status }: { status: ComplianceStatus }) {
  return <Tag color={STATUS_STYLES[status].tag}>{COMPLIANCE_STATUS_LABELS[status]}</Tag>;
}
