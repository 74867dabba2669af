import { Table, Typography, type TableColumnsType } from 'antd';
import type { OfficeOutputCounts, OfficeOutputMonthly, OfficeOutputMonthlyRow } from '@mofan/shared';
import { TABLE_SCROLL } from '../../../lib/table';

interface MonthlyCountsTableProps {
  monthly: OfficeOutputMonthly;
  loading: boolean;
}

/** "发文 / 会议" in one cell; a month with neither stays quiet. */
function countsText(c: OfficeOutputCounts): string {
  return c.documents === 0 && c.meetings === 0 ? '—' : `${c.documents} / ${c.meetings}`;
}

const MONTHS = Array.from({ length: 12 }, (_, i) => i);

/** 精文减会 per unit and month: documents issued / meetings held, with the year's totals. */
export function MonthlyCountsTable({ monthly, loading }: MonthlyCountsTableProps) {
  const columns: TableColumnsType<OfficeOutputMonthlyRow> = [
    { title: '单位', dataIndex: 'nodeName', key: 'name', fixed: 'left' },
    ...MONTHS.map((i) => ({ title: `${i + 1}月`, key: `m${i}`, align: 'center' as const, render: (_: unknown, r: OfficeOutputMonthlyRow) => countsText(r.months[i]!) })),
    { title: '全年', key: 'total', align: 'center', render: (_, r) => <strong>{countsText(r.total)}</strong> },
  ];

  return (
    <>
      <Typography.Paragraph type="secondary">每格为发文数 / 会议数。所辖每个单位一行，没有登记的记为“—”。</Typography.Paragraph>
      <Table<OfficeOutputMonthlyRow>
        rowKey="nodeId"
        size="small"
        columns={columns}
        dataSource={monthly.rows}
        loading={loading}
        pagination={false}
        scroll={TABLE_SCROLL}
        locale={{ emptyText: '所选范围内没有单位' }}
        summary={() => (
          <Table.Summary.Row>
            <Table.Summary.Cell index={0}>
              <strong>合计</strong>
            </Table.Summary.Cell>
            {MONTHS.map((i) => (
              <Table.Summary.Cell key={i} index={i + 1} align="center">
                {countsText(monthly.months[i]!)}
              </Table.Summary.Cell>
            ))}
            <Table.Summary.Cell index={13} align="center">
              <strong>{countsText(monthly.total)}</strong>
            </Table.Summary.Cell>
          </Table.Summary.Row>
        )}
      />
    </>
  );
}
