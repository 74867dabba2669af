import { useState } from 'react';
import { App, Button, Card, Descriptions, Space, Spin, Tabs, Typography } from 'antd';
import { ArrowLeftOutlined, PlusOutlined } from '@ant-design/icons';
import { TASK_PLAN_KIND_LABELS } from '@mofan/shared';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { PageHeader } from '../../../components/page-header';
import { QueryErrorResult } from '../../../components/query-error-result';
import { useDeleteTaskPlan } from '../../../features/tasks/api/delete-task-plan';
import { useTaskPlan } from '../../../features/tasks/api/get-task-plan';
import { useIssueTaskPlan } from '../../../features/tasks/api/issue-task-plan';
import { LocalisationsTable } from '../../../features/tasks/components/localisations-table';
import { TaskGantt } from '../../../features/tasks/components/task-gantt';
import { TaskItemDrawer } from '../../../features/tasks/components/task-item-drawer';
import { TaskItemFormModal } from '../../../features/tasks/components/task-item-form-modal';
import { TaskItemsTable } from '../../../features/tasks/components/task-items-table';
import { PlanKindTag, PlanStatusTag, planPeriod } from '../../../features/tasks/components/task-labels';
import { TaskPlanFormModal } from '../../../features/tasks/components/task-plan-form-modal';
import { formatDateTime } from '../../../lib/format';
import { readEnum, readString, withParams } from '../../../lib/search-params';
import { todayInShanghai } from '../../../lib/today';
import { useApiErrorHandler } from '../../../lib/use-api-error';

const TABS = ['items', 'gantt', 'units'] as const;

/** One plan: its items as a table and as a Gantt-like deadline view, each item's drawer, and for a guidance each unit's localisation. */
export function TaskPlanPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const { modal, message } = App.useApp();
  const handleError = useApiErrorHandler();
  const plan = useTaskPlan(id);
  const issue = useIssueTaskPlan();
  const remove = useDeleteTaskPlan();
  const [editing, setEditing] = useState(false);
  const [adding, setAdding] = useState<{ parentItemId: string | null } | null>(null);
  const itemId = readString(params, 'item') ?? null;
  const tab = readEnum(params, 'tab', TABS) ?? 'items';
  const today = todayInShanghai().format('YYYY-MM-DD');

  if (plan.isPending) return <Spin style={{ display: 'block', margin: '48px auto' }} />;
  if (plan.isError) return <QueryErrorResult error={plan.error} onRetry={() => void plan.refetch()} />;
  const p = plan.data;
  const isGuidance = p.kind === 'guidance';
  const openItem = (item: { id: string }) => setParams(withParams(params, { item: item.id }));

  const confirmIssue = () =>
    modal.confirm({
      title: `下发《${p.title}》？`,
      content: isGuidance ? '下发后，本级以下各单位可以看到这份指引，并结合实际转化为本单位的重点任务清单。' : '下发后清单生效；已下发的清单不能删除，任务仍可调整，全过程留痕。',
      okText: '下发',
      onOk: () =>
        issue
          .mutateAsync({ id: p.id, version: p.version })
          .then(() => void message.success('已下发'))
          .catch((error: unknown) => handleError(error, { onVersionConflict: () => void plan.refetch() })),
    });

  const confirmDelete = () =>
    modal.confirm({
      title: `删除《${p.title}》？`,
      content: '只有草稿可以删除，其中的任务一并删除。',
      okText: '删除',
      okButtonProps: { danger: true },
      onOk: () =>
        remove
          .mutateAsync(p.id)
          .then(async () => {
            void message.success('已删除');
            await navigate('/tasks', { replace: true });
          })
          .catch((error: unknown) => handleError(error)),
    });

  const tabs = [
    { key: 'items', label: `任务（${p.itemCount}）`, children: <TaskItemsTable items={p.items} onOpen={openItem} /> },
    { key: 'gantt', label: '进度图', children: <TaskGantt plan={p} today={today} onOpen={openItem} /> },
    ...(isGuidance && p.status === 'issued' && p.mayOversee ? [{ key: 'units', label: '各单位转化情况', children: <LocalisationsTable guidanceId={p.id} /> }] : []),
  ];

  return (
    <>
      <PageHeader
        title={
          <Space wrap size={8}>
            {p.title}
            <PlanKindTag kind={p.kind} />
            <PlanStatusTag status={p.status} />
          </Space>
        }
        extra={
          <>
            <Button icon={<ArrowLeftOutlined />} onClick={() => void navigate('/tasks')}>
              返回
            </Button>
            {p.mayWrite && (
              <>
                <Button icon={<PlusOutlined />} type="primary" onClick={() => setAdding({ parentItemId: null })}>
                  新增任务
                </Button>
                <Button onClick={() => setEditing(true)}>修改</Button>
                {p.status === 'draft' && <Button onClick={confirmIssue}>下发</Button>}
                {p.status === 'draft' && (
                  <Button danger onClick={confirmDelete}>
                    删除
                  </Button>
                )}
              </>
            )}
          </>
        }
      />
      <Card style={{ marginBottom: 16 }}>
        <Descriptions column={{ xs: 1, sm: 2, lg: 3 }} size="small">
          <Descriptions.Item label="所属组织">{p.nodeName}</Descriptions.Item>
          <Descriptions.Item label="期间">{planPeriod(p)}</Descriptions.Item>
          <Descriptions.Item label="下发">{p.issuedAt ? formatDateTime(p.issuedAt) : '尚未下发'}</Descriptions.Item>
          <Descriptions.Item label="任务">
            共 {p.itemCount} 项，已核验 {p.verifiedCount}，待核验 {p.completedCount}
            {p.droppedCount > 0 && `，已取消 ${p.droppedCount}`}
            {p.overdueCount > 0 && <Typography.Text type="danger">，逾期 {p.overdueCount}</Typography.Text>}
          </Descriptions.Item>
          {p.parentPlan && (
            <Descriptions.Item label="上级规划">
              <Link to={`/tasks/plans/${p.parentPlan.id}`}>{p.parentPlan.title}</Link>（{TASK_PLAN_KIND_LABELS[p.parentPlan.kind]}）
            </Descriptions.Item>
          )}
          {p.sourcePlan && (
            <Descriptions.Item label="转化自">
              <Link to={`/tasks/plans/${p.sourcePlan.id}`}>
                {p.sourcePlan.nodeName}《{p.sourcePlan.title}》
              </Link>
            </Descriptions.Item>
          )}
          {p.childPlans.length > 0 && (
            <Descriptions.Item label="下级规划" span={3}>
              <Space wrap separator="、">
                {p.childPlans.map((c) => (
                  <Link key={c.id} to={`/tasks/plans/${c.id}`}>
                    {c.title}（{c.nodeName} · {planPeriod(c)}）
                  </Link>
                ))}
              </Space>
            </Descriptions.Item>
          )}
        </Descriptions>
      </Card>
      <Card>
        <Tabs activeKey={tabs.some((x) => x.key === tab) ? tab : 'items'} onChange={(key) => setParams(withParams(params, { tab: key === 'items' ? undefined : key }))} items={tabs} />
      </Card>
      <TaskItemDrawer plan={p} itemId={itemId} onClose={() => setParams(withParams(params, { item: undefined }))} onAddChild={(parentItemId) => setAdding({ parentItemId })} />
      <TaskItemFormModal open={!!adding} plan={p} parentItemId={adding?.parentItemId ?? null} onClose={() => setAdding(null)} />
      <TaskPlanFormModal open={editing} plan={p} onClose={() => setEditing(false)} />
    </>
  );
}
