import { useState } from 'react';
import { Button, Card, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { TASK_PLAN_KINDS } from '@mofan/shared';
import { useNavigate, useSearchParams } from 'react-router';
import { useOrgNodeForLabel } from '../../../components/pickers/search-org-nodes';
import { PageHeader } from '../../../components/page-header';
import { useTaskPlans } from '../../../features/tasks/api/list-task-plans';
import { GuidanceInbox } from '../../../features/tasks/components/guidance-inbox';
import { TaskPlanFilterBar } from '../../../features/tasks/components/task-plan-filter-bar';
import { TaskPlanFormModal } from '../../../features/tasks/components/task-plan-form-modal';
import { TaskPlansTable } from '../../../features/tasks/components/task-plans-table';
import { hasPermission } from '../../../lib/permissions';
import { readEnum, readPositiveInt, readString, withParams } from '../../../lib/search-params';
import { useCurrentUser } from '../../current-user';

/**
 * 任务清单: the plans of the reader's node and below (项目工作法), filtered by kind and year; for a
 * unit, the 重点任务指引 issued to it from above and its own list made from each.
 */
export function TaskPlansPage() {
  const me = useCurrentUser();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const [creating, setCreating] = useState(false);
  // Opens on the node the user keeps lists for: the scope of their first grant that may write, else one that may read.
  const home = me.grants.find((g) => g.scopeNodeId && g.permissions.includes('tasks.write')) ?? me.grants.find((g) => g.scopeNodeId && g.permissions.includes('tasks.read'));
  const nodeId = readString(params, 'nodeId') ?? home?.scopeNodeId ?? undefined;
  const kind = readEnum(params, 'kind', TASK_PLAN_KINDS);
  const yearValue = readPositiveInt(params, 'year', 0, 2100);
  const year = yearValue >= 2000 ? yearValue : undefined;
  const page = readPositiveInt(params, 'page', 1, 100000);
  const pageSize = readPositiveInt(params, 'pageSize', 20);
  const plans = useTaskPlans({ nodeId, kind, year, page, pageSize });
  const node = useOrgNodeForLabel(nodeId, !!nodeId);
  const canWrite = hasPermission(me, 'tasks.write');
  const nodeLabel = nodeId === home?.scopeNodeId ? (home?.scopeNodeName ?? null) : (node.data?.name ?? null);

  return (
    <>
      <PageHeader
        title="任务清单"
        extra={
          canWrite && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              新建清单
            </Button>
          )
        }
      />
      <Card style={{ marginBottom: 16 }}>
        <Typography.Paragraph type="secondary">
          任务项目化、项目清单化、清单具体化：每项任务明确牵头、配合、责任人、完成时限和工作标准，时间倒排、任务倒逼、责任倒查。
        </Typography.Paragraph>
        <TaskPlanFilterBar
          value={{ nodeId, kind, year }}
          nodeLabel={nodeLabel}
          onChange={(next) => setParams(withParams(new URLSearchParams(), { nodeId: next.nodeId, kind: next.kind, year: next.year, pageSize: params.get('pageSize') }))}
        />
        <TaskPlansTable
          plans={plans.data?.items ?? []}
          total={plans.data?.total}
          loading={plans.isFetching}
          page={page}
          pageSize={pageSize}
          onPageChange={(p, size) => setParams(withParams(params, { page: size === pageSize ? p : 1, pageSize: size }))}
        />
      </Card>
      {nodeId && node.data?.kind === 'unit' && (
        <Card title="上级下发的重点任务指引">
          <GuidanceInbox unitId={nodeId} canWrite={canWrite} />
        </Card>
      )}
      <TaskPlanFormModal
        open={creating}
        nodeId={nodeId ?? null}
        nodeName={nodeLabel}
        onClose={() => setCreating(false)}
        onSaved={(plan) => void navigate(`/tasks/plans/${plan.id}`)}
      />
    </>
  );
}
