import { Progress, Table, Typography, type TableColumnsType } from 'antd';
import type { TaskPlanSummary } from '@mofan/shared';
import { Link } from 'react-router';
import { serverPagination, TABLE_SCROLL } from '../../../lib/table';
import { PlanKindTag, PlanStatusTag, planPeriod } from './task-labels';

interface TaskPlansTableProps {
  plans: TaskPlanSummary[];
  total: number | undefined;
  loading: boolean;
  page: number;
  pageSize: number;
  onPageChange: (page: number, pageSize: number) => void;
}

/** The plans of a node and below: what kind, which period, how far along, how many late. */
export function TaskPlansTable({ plans, total, loading, page, pageSize, onPageChange }: TaskPlansTableProps) {
  const columns: TableColumnsType<TaskPlanSummary> = [
    {
      title: '清单',
      key: 'title',
      render: (_, p) => (
        <div style={{ minWidth: 180 }}>
          <Link to={`/tasks/plans/${p.id}`}>{p.title}</Link>
          {p.sourcePlan && (
            <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
              转化自{p.sourcePlan.nodeName}《{p.sourcePlan.title}》
            </Typography.Text>
          )}
          {p.parentPlan && (
            <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
              上级：《{p.parentPlan.title}》
            </Typography.Text>
          )}
        </div>
      ),
    },
    { title: '类型', key: 'kind', render: (_, p) => <PlanKindTag kind={p.kind} /> },
    { title: '期间', key: 'period', render: (_, p) => planPeriod(p) },
    { title: '所属组织', dataIndex: 'nodeName', key: 'node' },
    { title: '状态', key: 'status', render: (_, p) => <PlanStatusTag status={p.status} /> },
    {
      title: '核验进度',
      key: 'progress',
      render: (_, p) => {
        const counted = p.itemCount - p.droppedCount;
        return (
          <div style={{ minWidth: 140 }}>
            <Progress size="small" percent={counted === 0 ? 0 : Math.round((p.verifiedCount / counted) * 100)} format={() => `${p.verifiedCount}/${counted}`} />
          </div>
        );
      },
    },
    {
      title: '逾期',
      key: 'overdue',
      render: (_, p) => (p.overdueCount > 0 ? <Typography.Text type="danger">{p.overdueCount} 项</Typography.Text> : <Typography.Text type="secondary">0</Typography.Text>),
    },
  ];
  return (
    <Table<TaskPlanSummary>
      rowKey="id"
      columns={columns}
      dataSource={plans}
      loading={loading}
      size="small"
      scroll={TABLE_SCROLL}
      pagination={serverPagination(page, pageSize, total, onPageChange, '份')}
      locale={{ emptyText: '还没有任务清单' }}
    />
  );
}
