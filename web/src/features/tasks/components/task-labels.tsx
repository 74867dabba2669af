import { Tag } from 'antd';
import { TASK_ITEM_STATUS_LABELS, TASK_PLAN_KIND_LABELS, TASK_PLAN_STATUS_LABELS, type TaskItemStatus, type TaskPlanKind, type TaskPlanStatus } from '@mofan/shared';

const ITEM_STATUS_COLORS: Record<TaskItemStatus, string> = { open: 'processing', completed: 'warning', verified: 'success', dropped: 'default' };

/** The item's status, with 逾期 beside it when past its deadline and not yet accepted. */
export function TaskStatusTags({ status, overdue }: { status: TaskItemStatus; overdue: boolean }) {
  return (
    <span style={{ whiteSpace: 'nowrap' }}>
      <Tag color={ITEM_STATUS_COLORS[status]}>{TASK_ITEM_STATUS_LABELS[status]}</Tag>
      {overdue && <Tag color="error">逾期</Tag>}
    </span>
  );
}

export function PlanStatusTag({ status }: { status: TaskPlanStatus }) {
  return <Tag color={status === 'issued' ? 'success' : 'default'}>{TASK_PLAN_STATUS_LABELS[status]}</Tag>;
}

export function PlanKindTag({ kind }: { kind: TaskPlanKind }) {
  return <Tag color={kind === 'guidance' ? 'purple' : 'blue'}>{TASK_PLAN_KIND_LABELS[kind]}</Tag>;
}

/** 2026年, 2026—2030年 for a 路线图, 2026年4月 for a 施工图. */
export function planPeriod(plan: { kind: TaskPlanKind; year: number | null; month: number | null }): string {
  if (plan.year === null) return '—';
  if (plan.kind === 'five_year_roadmap') return `${plan.year}—${plan.year + 4}年`;
  return plan.month ? `${plan.year}年${plan.month}月` : `${plan.year}年`;
}
