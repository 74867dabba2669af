import type { OrgNodeKind, TaskPlanKind, TaskPlanStatus, TaskPlanSummary } from '@mofan/shared';
import type { TaskPlanJoinedRow } from './task-plans.repository';

function planRef(id: string | null, title: string | null, kind: string | null, nodeName: string | null): TaskPlanSummary['parentPlan'] {
  if (!id || title === null || kind === null) return null;
  return { id, title, kind: kind as TaskPlanKind, nodeName: nodeName ?? '' };
}

export function presentPlanSummary(row: TaskPlanJoinedRow): TaskPlanSummary {
  const p = row.plan;
  return {
    id: p.id,
    nodeId: p.nodeId,
    nodeName: row.nodeName,
    nodeKind: row.nodeKind as OrgNodeKind,
    nodeUnitId: row.nodeUnitId,
    kind: p.kind as TaskPlanKind,
    title: p.title,
    year: p.year,
    month: p.month,
    parentPlan: planRef(p.parentPlanId, row.parentTitle, row.parentKind, row.parentNodeName),
    sourcePlan: planRef(p.sourcePlanId, row.sourceTitle, row.sourceKind, row.sourceNodeName),
    status: p.status as TaskPlanStatus,
    issuedAt: p.issuedAt?.toISOString() ?? null,
    createdByName: row.createdByName,
    itemCount: row.itemCount,
    completedCount: row.completedCount,
    verifiedCount: row.verifiedCount,
    droppedCount: row.droppedCount,
    overdueCount: row.overdueCount,
    version: p.version,
    createdAt: p.createdAt.toISOString(),
    updatedAt: p.updatedAt.toISOString(),
  };
}
