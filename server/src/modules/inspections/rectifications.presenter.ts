import {
  RECTIFICATION_EVENT_ACTIONS,
  RECTIFICATION_STATUSES,
  type DirectiveLightDay,
  type RectificationAction,
  type RectificationDetail,
  type RectificationStatus,
  type RectificationSummary,
  rectificationLight,
} from '@mofan/shared';
import { oneOf } from './inspections.presenter';
import type { RectificationEventRow, RectificationJoinedRow } from './rectifications.repository';

export function rectificationStatusOf(value: string): RectificationStatus {
  return oneOf(RECTIFICATION_STATUSES, value, 'rectification status');
}

export function presentRectificationSummary(row: RectificationJoinedRow, day: DirectiveLightDay): RectificationSummary {
  const r = row.rectification;
  const status = rectificationStatusOf(r.status);
  return {
    id: r.id,
    problemId: r.problemId,
    problemFacts: row.problem.facts,
    problemTags: row.problem.tags,
    problemNodeName: row.nodeName,
    unitId: row.problem.unitId,
    unitName: row.unitName,
    measures: r.measures,
    focus: r.focus,
    responsibleNodeId: r.responsibleNodeId,
    responsibleNodeName: row.responsibleNodeName ?? '',
    responsiblePersonId: r.responsiblePersonId,
    responsiblePersonName: row.responsiblePersonName,
    startedOn: r.startedOn,
    workingDays: r.workingDays,
    dueOn: r.dueOn,
    status,
    light: rectificationLight(day, { status, dueOn: r.dueOn }),
    submittedAt: r.submittedAt?.toISOString() ?? null,
    closedAt: r.closedAt?.toISOString() ?? null,
    escalatedDirectiveId: r.escalatedDirectiveId,
    version: r.version,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  };
}

export function presentRectificationDetail(row: RectificationJoinedRow, events: RectificationEventRow[], actions: RectificationAction[], day: DirectiveLightDay): RectificationDetail {
  return {
    ...presentRectificationSummary(row, day),
    events: events.map((e) => ({ id: e.id, action: oneOf(RECTIFICATION_EVENT_ACTIONS, e.action, 'rectification event'), actorName: e.actorName, note: e.note, at: e.at.toISOString() })),
    actions,
  };
}
