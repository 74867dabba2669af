import {
  DIRECTIVE_EVENT_ACTIONS,
  DIRECTIVE_EXTENSION_STATUSES,
  DIRECTIVE_LIMIT_KINDS,
  DIRECTIVE_SOURCES,
  DIRECTIVE_STATUSES,
  DIRECTIVE_URGENCIES,
  type DirectiveAction,
  type DirectiveDetail,
  type DirectiveLightDay,
  type DirectiveStatus,
  type DirectiveSummary,
  type WorkingCalendar,
  directiveEffectiveDueOn,
  directiveLight,
  directiveReportClock,
} from '@mofan/shared';
import type { AssigneeRow, DirectiveSummaryRow, findEvents, findExtensions } from './directives.repository';

type EventJoinedRow = Awaited<ReturnType<typeof findEvents>>[number];
type ExtensionJoinedRow = Awaited<ReturnType<typeof findExtensions>>[number];

/** What every directive read needs about the day: the calendar and today's light thresholds. */
export interface ReadingDay {
  calendar: WorkingCalendar;
  light: DirectiveLightDay;
}

/** A stored code read back as its type; a value the code does not know is a broken row, not a guess. */
function oneOf<T extends string>(values: readonly T[], value: string, what: string): T {
  if ((values as readonly string[]).includes(value)) return value as T;
  throw new Error(`directive row with an unknown ${what}: ${value}`);
}

export function statusOf(value: string): DirectiveStatus {
  return oneOf(DIRECTIVE_STATUSES, value, 'status');
}

function statusOrNull(value: string | null): DirectiveStatus | null {
  return value === null ? null : statusOf(value);
}

export function presentSummary(row: DirectiveSummaryRow, day: ReadingDay): DirectiveSummary {
  const d = row.directive;
  const status = statusOf(d.status);
  const clock = directiveReportClock(day.calendar, day.light.today, { status, registeredOn: d.registeredOn, reportEveryWorkingDays: d.reportEveryWorkingDays, lastReportOn: row.lastReportOn });
  return {
    id: d.id,
    code: d.code,
    title: d.title,
    source: oneOf(DIRECTIVE_SOURCES, d.source, 'source'),
    urgency: oneOf(DIRECTIVE_URGENCIES, d.urgency, 'urgency'),
    status,
    limitKind: oneOf(DIRECTIVE_LIMIT_KINDS, d.limitKind, 'limit kind'),
    registeredOn: d.registeredOn,
    dueOn: d.dueOn,
    extendedDueOn: d.extendedDueOn,
    effectiveDueOn: directiveEffectiveDueOn(d),
    planDueOn: d.planDueOn,
    measuresDueOn: d.measuresDueOn,
    reportEveryWorkingDays: d.reportEveryWorkingDays,
    supervisorNodeId: d.supervisorNodeId,
    supervisorNodeName: row.supervisorNodeName,
    leadNodeId: row.leadNodeId,
    leadNodeName: row.leadNodeName,
    assistNodeNames: row.assistNodeNames,
    light: directiveLight(day.light, { status, dueOn: d.dueOn, extendedDueOn: d.extendedDueOn }),
    nextReportDueOn: clock.nextReportDueOn,
    reportOverdue: clock.reportOverdue,
    urgedAt: row.urgedAt ? new Date(row.urgedAt).toISOString() : null,
    pendingExtensionDueOn: row.pendingExtensionDueOn,
    version: d.version,
    createdAt: d.createdAt.toISOString(),
    updatedAt: d.updatedAt.toISOString(),
  };
}

export interface DetailParts {
  assignees: AssigneeRow[];
  events: EventJoinedRow[];
  extensions: ExtensionJoinedRow[];
  createdByName: string | null;
  actions: DirectiveAction[];
}

export function presentDetail(row: DirectiveSummaryRow, parts: DetailParts, day: ReadingDay): DirectiveDetail {
  const d = row.directive;
  const completions = parts.events.filter((e) => e.event.action === 'completed');
  return {
    ...presentSummary(row, day),
    content: d.content,
    instruction: d.instruction,
    instructedBy: d.instructedBy,
    result: completions.at(-1)?.event.note ?? null,
    assignedAt: d.assignedAt?.toISOString() ?? null,
    signedAt: d.signedAt?.toISOString() ?? null,
    completedAt: d.completedAt?.toISOString() ?? null,
    closedAt: d.closedAt?.toISOString() ?? null,
    createdByName: parts.createdByName,
    assignees: parts.assignees.map((a) => ({ nodeId: a.nodeId, nodeName: a.nodeName, unitName: a.unitName, role: a.role })),
    events: parts.events.map(({ event: e, nodeName }) => ({
      id: e.id,
      action: oneOf(DIRECTIVE_EVENT_ACTIONS, e.action, 'event action'),
      fromStatus: statusOrNull(e.fromStatus),
      toStatus: statusOrNull(e.toStatus),
      actorName: e.actorName,
      nodeId: e.nodeId,
      nodeName,
      note: e.note,
      details: e.details,
      at: e.at.toISOString(),
    })),
    extensions: parts.extensions.map(({ extension: x, requestedByName, decidedByName }) => ({
      id: x.id,
      requestedDueOn: x.requestedDueOn,
      reason: x.reason,
      status: oneOf(DIRECTIVE_EXTENSION_STATUSES, x.status, 'extension status'),
      requestedByName,
      requestedAt: x.requestedAt.toISOString(),
      decidedByName,
      decidedAt: x.decidedAt?.toISOString() ?? null,
      decisionNote: x.decisionNote,
    })),
    actions: parts.actions,
  };
}
