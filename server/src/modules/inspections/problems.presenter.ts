import {
  ACCOUNTABILITY_KINDS,
  PROBLEM_SEVERITIES,
  PROBLEM_STATUSES,
  type Accountability,
  type DirectiveLightDay,
  type ProblemAction,
  type ProblemDetail,
  type ProblemRepeats,
  type ProblemSummary,
  type RectificationDetail,
  rectificationLight,
} from '@mofan/shared';
import type { CheckPlace, ProblemPlace } from './inspection-access';
import { inspectionKindOf, oneOf } from './inspections.presenter';
import type { AccountabilityJoinedRow, ProblemJoinedRow } from './problems.repository';
import { rectificationStatusOf } from './rectifications.presenter';

/** Where a problem sits for access: its node, its check (with the inspectors, loaded apart), its 整改's responsible node. */
export function problemPlaceOf(row: ProblemJoinedRow, inspectorIds: readonly string[]): ProblemPlace {
  const inspection: CheckPlace | null =
    row.problem.inspectionId && row.organizerPath
      ? { organizerPath: row.organizerPath, unannounced: row.inspectionUnannounced ?? false, status: row.inspectionStatus ?? 'planned', inspectorIds }
      : null;
  return { nodePath: row.nodePath, inspection, responsiblePath: row.responsiblePath };
}

export function presentProblemSummary(row: ProblemJoinedRow, repeats: ProblemRepeats, day: DirectiveLightDay): ProblemSummary {
  const p = row.problem;
  const r = row.rectification;
  const rectificationStatus = r ? rectificationStatusOf(r.status) : null;
  return {
    id: p.id,
    inspectionId: p.inspectionId,
    inspectionTitle: row.inspectionTitle,
    inspectionKind: row.inspectionKind ? inspectionKindOf(row.inspectionKind) : null,
    nodeId: p.nodeId,
    nodeName: row.nodeName,
    unitId: p.unitId,
    unitName: row.unitName,
    personId: p.personId,
    personName: row.personName,
    foundOn: p.foundOn,
    facts: p.facts,
    tags: p.tags,
    severity: oneOf(PROBLEM_SEVERITIES, p.severity, 'severity'),
    status: oneOf(PROBLEM_STATUSES, p.status, 'problem status'),
    repeatAtUnit: repeats.repeatAtUnit.length > 0,
    widespread: repeats.widespread.length > 0,
    recurredAfterRectification: repeats.recurredAfterRectification.length > 0,
    rectificationId: r?.id ?? null,
    rectificationStatus,
    rectificationDueOn: r?.dueOn ?? null,
    rectificationLight: r && rectificationStatus ? rectificationLight(day, { status: rectificationStatus, dueOn: r.dueOn }) : null,
    accountabilityCount: row.accountabilityCount,
    version: p.version,
    createdAt: p.createdAt.toISOString(),
    updatedAt: p.updatedAt.toISOString(),
  };
}

export function presentAccountability(row: AccountabilityJoinedRow): Accountability {
  const a = row.accountability;
  return {
    id: a.id,
    problemId: a.problemId,
    kind: oneOf(ACCOUNTABILITY_KINDS, a.kind, 'accountability kind'),
    personId: a.personId,
    personName: row.personName,
    nodeId: a.nodeId,
    nodeName: row.nodeName,
    basis: a.basis,
    decidedOn: a.decidedOn,
    createdByName: row.createdByName,
    createdAt: a.createdAt.toISOString(),
  };
}

export function presentProblemDetail(
  row: ProblemJoinedRow,
  parts: { repeats: ProblemRepeats; rectification: RectificationDetail | null; accountabilities: AccountabilityJoinedRow[]; createdByName: string | null; actions: ProblemAction[] },
  day: DirectiveLightDay,
): ProblemDetail {
  return {
    ...presentProblemSummary(row, parts.repeats, day),
    repeats: parts.repeats,
    rectification: parts.rectification,
    accountabilities: parts.accountabilities.map(presentAccountability),
    createdByName: parts.createdByName,
    actions: parts.actions,
  };
}
