import { INSPECTION_KINDS, INSPECTION_STATUSES, type InspectionAction, type InspectionDetail, type InspectionKind, type InspectionStatus, type InspectionSummary } from '@mofan/shared';
import type { InspectionPlace } from './inspection-access';
import type { InspectionHead, InspectorRow, TargetRow } from './inspections.repository';

/** A stored code read back as its type; a value the code does not know is a broken row, not a guess. */
export function oneOf<T extends string>(values: readonly T[], value: string, what: string): T {
  if ((values as readonly string[]).includes(value)) return value as T;
  throw new Error(`supervision row with an unknown ${what}: ${value}`);
}

export function inspectionKindOf(value: string): InspectionKind {
  return oneOf(INSPECTION_KINDS, value, 'inspection kind');
}

export function inspectionStatusOf(value: string): InspectionStatus {
  return oneOf(INSPECTION_STATUSES, value, 'inspection status');
}

export function inspectionPlaceOf(head: InspectionHead, targets: readonly TargetRow[], inspectors: readonly InspectorRow[]): InspectionPlace {
  return {
    organizerPath: head.organizerPath,
    unannounced: head.inspection.unannounced,
    status: head.inspection.status,
    inspectorIds: inspectors.map((i) => i.userId),
    targetPaths: targets.map((t) => t.nodePath),
  };
}

export function presentInspectionSummary(head: InspectionHead, targets: readonly TargetRow[], inspectors: readonly InspectorRow[], problemCount: number): InspectionSummary {
  const i = head.inspection;
  return {
    id: i.id,
    organizerNodeId: i.organizerNodeId,
    organizerNodeName: head.organizerName,
    kind: inspectionKindOf(i.kind),
    title: i.title,
    subject: i.subject,
    unannounced: i.unannounced,
    plannedOn: i.plannedOn,
    doneOn: i.doneOn,
    status: inspectionStatusOf(i.status),
    result: i.result,
    targets: targets.map((t) => ({ nodeId: t.nodeId, nodeName: t.nodeName, nodeKind: t.nodeKind, unitName: t.unitName })),
    inspectorNames: inspectors.map((x) => x.displayName),
    problemCount,
    version: i.version,
    createdAt: i.createdAt.toISOString(),
    updatedAt: i.updatedAt.toISOString(),
  };
}

export function presentInspectionDetail(
  head: InspectionHead,
  parts: { targets: readonly TargetRow[]; inspectors: readonly InspectorRow[]; problemCount: number; createdByName: string | null; actions: InspectionAction[] },
): InspectionDetail {
  return {
    ...presentInspectionSummary(head, parts.targets, parts.inspectors, parts.problemCount),
    inspectors: parts.inspectors.map((x) => ({ userId: x.userId, displayName: x.displayName })),
    createdByName: parts.createdByName,
    actions: parts.actions,
  };
}
