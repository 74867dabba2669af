import { type TaskEvent, type TaskEventAction, type TaskItem, type TaskItemStatus, type TaskMilestone, shanghaiDate } from '@mofan/shared';
import type { TaskEventRow, TaskItemJoinedRow, TaskMilestoneRow } from './task-items.repository';

/**
 * Past its deadline and not yet accepted: a completion awaiting verification still counts as late.
 * An item of a 重点任务指引 is what units copy, never late itself.
 */
export function isOverdue(item: { status: string; dueOn: string | null }, planKind: string, today: string): boolean {
  if (planKind === 'guidance') return false;
  return item.dueOn !== null && today > item.dueOn && (item.status === 'open' || item.status === 'completed');
}

export function presentItem(row: TaskItemJoinedRow, planKind: string, partners: { nodeId: string; name: string }[], milestones: TaskMilestoneRow[], today: string): TaskItem {
  const i = row.item;
  return {
    id: i.id,
    planId: i.planId,
    parentItemId: i.parentItemId,
    sourceItemId: i.sourceItemId,
    title: i.title,
    leadNodeId: i.leadNodeId,
    leadNodeName: row.leadNodeName,
    partners: partners.map((p) => ({ nodeId: p.nodeId, name: p.name })),
    responsiblePersonId: i.responsiblePersonId,
    responsiblePersonName: row.responsiblePersonName,
    dueOn: i.dueOn,
    standard: i.standard,
    status: i.status as TaskItemStatus,
    overdue: isOverdue(i, planKind, today),
    completedOn: i.completedOn,
    completionNote: i.completionNote,
    verifiedByName: row.verifiedByName,
    verifiedAt: i.verifiedAt?.toISOString() ?? null,
    sortOrder: i.sortOrder,
    createdOn: shanghaiDate(i.createdAt),
    milestoneMarks: milestones.map((m) => ({ dueOn: m.dueOn, done: m.doneOn !== null })),
    version: i.version,
  };
}

export function presentMilestone(m: TaskMilestoneRow, today: string): TaskMilestone {
  return { id: m.id, title: m.title, dueOn: m.dueOn, doneOn: m.doneOn, overdue: m.doneOn === null && today > m.dueOn, sortOrder: m.sortOrder };
}

export function presentEvent(e: TaskEventRow): TaskEvent {
  return { id: e.id, action: e.action as TaskEventAction, actorName: e.actorName, note: e.note, at: e.at.toISOString() };
}
