import { Table, type TableColumnsType } from 'antd';
import type { DirectiveFiguresRow } from '@mofan/shared';
import { TABLE_SCROLL } from '../../../lib/table';

export function percent(rate: number | null): string {
  return rate === null ? '—' : `${(rate * 100).toFixed(1)}%`;
}

const columns: TableColumnsType<DirectiveFiguresRow> = [
  { title: '承办', key: 'node', render: (_, r) => (r.unitName ? `${r.unitName} ${r.nodeName}` : r.nodeName) },
  { title: '立项', dataIndex: 'total', align: 'right' },
  { title: '已办结', dataIndex: 'closed', align: 'right' },
  { title: '按期办结', dataIndex: 'closedOnTime', align: 'right' },
  { title: '逾期未办结', dataIndex: 'overdue', align: 'right', render: (n: number) => (n > 0 ? <strong style={{ color: '#cf1322' }}>{n}</strong> : n) },
  { title: '按期办结率', key: 'rate', align: 'right', render: (_, r) => percent(r.onTimeRate) },
  { title: '平均用时（工作日）', key: 'days', align: 'right', render: (_, r) => (r.averageWorkingDays === null ? '—' : r.averageWorkingDays.toFixed(1)) },
  { title: '批准延期', dataIndex: 'extensionsApproved', align: 'right' },
];

/** 按期办结情况 per 承办单位 or 科室, as the 通报 prints it. */
export function FiguresTable({ rows, emptyText }: { rows: readonly DirectiveFiguresRow[]; emptyText: string }) {
  return <Table<DirectiveFiguresRow> rowKey="nodeId" columns={columns} dataSource={[...rows]} size="small" pagination={false} scroll={TABLE_SCROLL} locale={{ emptyText }} />;
}
