/**
 * Which plan may stand where: 五年路线图 → 年度任务书 → 月度施工图 and 年度工作要点 → 重点任务清单 →
 * 项目化清单 (TASK_PLAN_PARENT_KINDS), each under a plan of its own node or a node above it, with
 * years and months that agree; a 重点任务指引 is the 工委's, at a city, 县区 or 系统.
 */
import { ROADMAP_YEARS, TASK_PLAN_KIND_LABELS, TASK_PLAN_PARENT_KINDS, type TaskPlanKind } from '@mofan/shared';
import type { FieldError } from '../../errors';

export interface PlanShape {
  kind: TaskPlanKind;
  year: number;
  month: number | null;
  nodeKind: string;
  nodePath: string;
}

export interface ParentShape {
  id: string;
  kind: TaskPlanKind;
  year: number | null;
  nodePath: string;
}

/** Nodes whose 机关工委 issues a 重点任务指引 to the units below. */
export const GUIDANCE_NODE_KINDS: readonly string[] = ['city', 'district', 'system'];

/** The years a plan covers: five from its own for a roadmap, else its year. */
export function yearsOf(plan: { kind: TaskPlanKind; year: number | null }): { from: number; to: number } | null {
  if (plan.year === null) return null;
  return { from: plan.year, to: plan.kind === 'five_year_roadmap' ? plan.year + ROADMAP_YEARS - 1 : plan.year };
}

export function planShapeProblems(plan: PlanShape, parent: ParentShape | null): FieldError[] {
  const errors: FieldError[] = [];
  const label = TASK_PLAN_KIND_LABELS[plan.kind];
  if (plan.kind === 'guidance' && !GUIDANCE_NODE_KINDS.includes(plan.nodeKind)) {
    errors.push({ field: 'nodeId', message: '重点任务指引由市、县区或系统的机关工委制定' });
  }
  if (plan.kind === 'monthly_plan' && plan.month === null) errors.push({ field: 'month', message: '月度施工图须选择月份' });
  if (plan.kind !== 'monthly_plan' && plan.month !== null) errors.push({ field: 'month', message: `${label}不按月编制，不填月份` });
  if (!parent) return errors;

  const allowed = TASK_PLAN_PARENT_KINDS[plan.kind];
  if (!allowed.includes(parent.kind)) {
    const want = allowed.map((k) => TASK_PLAN_KIND_LABELS[k]).join('或');
    errors.push({ field: 'parentPlanId', message: allowed.length === 0 ? `${label}没有上级规划` : `${label}只能挂在${want}下` });
    return errors;
  }
  if (!plan.nodePath.startsWith(parent.nodePath)) {
    errors.push({ field: 'parentPlanId', message: '上级规划须属于本组织或其上级组织' });
    return errors;
  }
  const span = yearsOf(parent);
  if (span && (plan.year < span.from || plan.year > span.to)) {
    errors.push({
      field: 'year',
      message: span.from === span.to ? `须与上级规划同一年度（${span.from}年）` : `须在上级路线图的 ${span.from}—${span.to} 年之内`,
    });
  }
  return errors;
}
