import { Empty, Table, type TableColumnsType } from 'antd';
import type { BranchGrid } from '@mofan/shared';
import { StatusCell } from './status-cell';
import { periodLabel } from './status-style';

type BranchRow = BranchGrid['branches'][number];

/** 组织生活大排查: branches as rows, requirement × month as grouped columns, each cell the month's count. */
export function BranchGridTable({ grid }: { grid: BranchGrid }) {
  if (grid.branches.length === 0) return <Empty description="该单位没有党支部" />;
  const columns: TableColumnsType<BranchRow> = [
    { title: '党支部', dataIndex: 'name', key: 'name', fixed: 'left', width: 140 },
    ...grid.requirements.map((req) => ({
      title: req.title,
      key: req.id,
      children: grid.months.map((month) => ({
        title: periodLabel(month),
        key: `${req.id}:${month}`,
        width: 52,
        align: 'center' as const,
        onCell: () => ({ style: { padding: 2 } }),
        render: (_: unknown, b: BranchRow) => {
          const c = b.cells.find((x) => x.requirementId === req.id && x.month === month);
          if (!c) return null;
          return (
            <StatusCell
              status={c.status}
              warning={c.warning}
              title=""
              body={c.count}
              width={46}
              description={`${b.name} ${req.title} ${periodLabel(month)} ${c.count}次`}
            />
          );
        },
      })),
    })),
  ];
  return <Table<BranchRow> rowKey="id" columns={columns} dataSource={grid.branches} pagination={false} bordered size="small" scroll={{ x: 'max-content' }} />;
}
