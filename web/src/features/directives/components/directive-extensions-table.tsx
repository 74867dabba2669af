import { Table, Tag, type TableColumnsType } from 'antd';
import { DIRECTIVE_EXTENSION_STATUS_LABELS, type DirectiveExtensionStatus, type DirectiveExtensionView } from '@mofan/shared';
import { formatDateTime, orEmpty } from '../../../lib/format';
import { TABLE_SCROLL } from '../../../lib/table';

const STATUS_COLORS: Record<DirectiveExtensionStatus, string> = { pending: 'gold', approved: 'success', rejected: 'error' };

const columns: TableColumnsType<DirectiveExtensionView> = [
  { title: '申请延至', dataIndex: 'requestedDueOn', key: 'requestedDueOn' },
  { title: '理由', dataIndex: 'reason', key: 'reason' },
  { title: '申请', key: 'requested', render: (_, x) => `${orEmpty(x.requestedByName)} ${formatDateTime(x.requestedAt)}` },
  { title: '审批', key: 'status', render: (_, x) => <Tag color={STATUS_COLORS[x.status]}>{DIRECTIVE_EXTENSION_STATUS_LABELS[x.status]}</Tag> },
  { title: '审批人', key: 'decided', render: (_, x) => (x.decidedAt ? `${orEmpty(x.decidedByName)} ${formatDateTime(x.decidedAt)}` : orEmpty(null)) },
  { title: '审批意见', key: 'note', render: (_, x) => orEmpty(x.decisionNote) },
];

/** Every extension asked for, with its decision: all stay on record. */
export function DirectiveExtensionsTable({ extensions }: { extensions: readonly DirectiveExtensionView[] }) {
  return <Table<DirectiveExtensionView> rowKey="id" size="small" columns={columns} dataSource={[...extensions]} pagination={false} scroll={TABLE_SCROLL} />;
}
