import { Empty, Spin, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { LOCALISATION_OUTCOME_LABELS, type GuidanceLocalisations, type LocalisationOutcome } from '@mofan/shared';
import { Link } from 'react-router';
import { QueryErrorResult } from '../../../components/query-error-result';
import { TABLE_SCROLL } from '../../../lib/table';
import { useLocalisations } from '../api/get-localisations';
import { PlanStatusTag } from './task-labels';

type UnitRow = GuidanceLocalisations['units'][number];
type OutcomeRow = UnitRow['outcomes'][number];

const OUTCOME_COLORS: Record<LocalisationOutcome, string> = { adopted: 'success', changed: 'processing', dropped: 'warning', missing: 'default' };
const FIELD_LABELS: Record<OutcomeRow['changedFields'][number], string> = { title: '名称', standard: '工作标准', dueOn: '完成时限' };

/** For the 工委: per unit below, whether it localised the guidance and what it did with each item. */
export function LocalisationsTable({ guidanceId }: { guidanceId: string }) {
  const view = useLocalisations(guidanceId, true);
  if (view.isPending) return <Spin style={{ display: 'block', margin: '24px auto' }} />;
  if (view.isError) return <QueryErrorResult error={view.error} onRetry={() => void view.refetch()} />;
  const titles = new Map(view.data.items.map((i) => [i.id, i.title]));
  if (view.data.units.length === 0) return <Empty description="本级以下还没有单位" />;

  const columns: TableColumnsType<UnitRow> = [
    { title: '单位', dataIndex: 'unitName', key: 'unit' },
    {
      title: '本单位清单',
      key: 'plan',
      render: (_, u) =>
        u.plan ? (
          <span>
            <Link to={`/tasks/plans/${u.plan.id}`}>{u.plan.title}</Link> <PlanStatusTag status={u.plan.status} />
          </span>
        ) : (
          <Typography.Text type="warning">尚未转化</Typography.Text>
        ),
    },
    { title: '照单采纳', key: 'adopted', render: (_, u) => (u.plan ? u.adoptedCount : '—') },
    { title: '结合实际调整', key: 'changed', render: (_, u) => (u.plan ? u.changedCount : '—') },
    { title: '不采纳', key: 'dropped', render: (_, u) => (u.plan ? u.droppedCount : '—') },
    { title: '自行增加', key: 'added', render: (_, u) => (u.plan ? u.addedCount : '—') },
  ];
  const outcomeColumns: TableColumnsType<OutcomeRow> = [
    { title: '指引任务', key: 'item', render: (_, o) => titles.get(o.sourceItemId) ?? '—' },
    { title: '转化情况', key: 'outcome', render: (_, o) => <Tag color={OUTCOME_COLORS[o.outcome]}>{LOCALISATION_OUTCOME_LABELS[o.outcome]}</Tag> },
    {
      title: '说明',
      key: 'note',
      render: (_, o) =>
        o.outcome === 'dropped' ? (
          <span style={{ whiteSpace: 'pre-wrap' }}>理由：{o.reason ?? '—'}</span>
        ) : o.changedFields.length > 0 ? (
          `调整了${o.changedFields.map((f) => FIELD_LABELS[f]).join('、')}`
        ) : (
          ''
        ),
    },
  ];
  return (
    <Table<UnitRow>
      rowKey="unitId"
      columns={columns}
      dataSource={view.data.units}
      size="small"
      scroll={TABLE_SCROLL}
      pagination={false}
      expandable={{
        rowExpandable: (u) => u.outcomes.length > 0,
        expandedRowRender: (u) => <Table<OutcomeRow> rowKey="sourceItemId" columns={outcomeColumns} dataSource={u.outcomes} size="small" pagination={false} scroll={TABLE_SCROLL} />,
      }}
    />
  );
}
