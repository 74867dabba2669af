import { MAJOR_DECISION_CATEGORIES, type MajorDecision, type MajorDecisionCategory } from '@mofan/shared';
import type { MajorDecisionJoinedRow, MajorDecisionViewRow } from './major-decisions.repository';

export function categoryOf(value: string): MajorDecisionCategory {
  const category = MAJOR_DECISION_CATEGORIES.find((c) => c === value);
  if (!category) throw new Error(`major decision with an unknown category: ${value}`);
  return category;
}

export function presentMajorDecision(row: MajorDecisionJoinedRow, views: readonly MajorDecisionViewRow[]): MajorDecision {
  const d = row.decision;
  return {
    id: d.id,
    unitId: d.unitId,
    unitName: row.unitName,
    category: categoryOf(d.category),
    matter: d.matter,
    decidedOn: d.decidedOn,
    meeting: d.meeting,
    decision: d.decision,
    views: views.map((v) => ({ seq: v.seq, personId: v.personId, personName: v.personName, principal: v.principal, view: v.view })),
    createdByName: row.createdByName,
    version: d.version,
    createdAt: d.createdAt.toISOString(),
    updatedAt: d.updatedAt.toISOString(),
  };
}
