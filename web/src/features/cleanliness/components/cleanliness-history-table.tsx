import { Empty, Spin, Table, Typography } from 'antd';
import type { CleanlinessHistory } from '@mofan/shared';
import { QueryErrorResult } from '../../../components/query-error-result';
import { orEmpty } from '../../../lib/format';
import { TABLE_SCROLL } from '../../../lib/table';
import { useCleanlinessHistory } from '../api/get-cleanliness-history';

type Entry = CleanlinessHistory['entries'][number];

/** A 科室's published results of the year, month by month: what its 平时考核 takes in. */
export function CleanlinessHistoryTable({ departmentId, year }: { departmentId: string | undefined; year: number }) {
  const history = useCleanlinessHistory(departmentId, year);
  if (!departmentId) return <Empty description="请选择科室" />;
  if (history.isError) return <QueryErrorResult error={history.error} onRetry={() => void history.refetch()} />;
  if (!history.data) return <Spin style={{ display: 'block', margin: '48px auto' }} />;
  const h = history.data;
  const average = h.entries.length === 0 ? null : h.entries.reduce((sum, e) => sum + e.total, 0) / h.entries.length;
  return (
    <>
      <Typography.Paragraph type="secondary">
        {h.unitName} {h.departmentName}：{year}年被抽查并通报 {h.entries.length} 次{average === null ? '' : `，平均得分 ${average.toFixed(1)}`}。未被抽中的月份不计。
      </Typography.Paragraph>
      <Table<Entry>
        rowKey="checkId"
        size="small"
        pagination={false}
        scroll={TABLE_SCROLL}
        dataSource={h.entries}
        locale={{ emptyText: '本年度没有已通报的检查结果' }}
        columns={[
          { title: '月份', dataIndex: 'month' },
          { title: '得分', key: 'total', align: 'right', render: (_, e) => `${e.total} / ${e.maxTotal}` },
          { title: '名次', key: 'rank', align: 'right', render: (_, e) => `${e.rank} / ${e.rankedCount}` },
          { title: '检查发现', key: 'note', render: (_, e) => orEmpty(e.note) },
        ]}
      />
    </>
  );
}
