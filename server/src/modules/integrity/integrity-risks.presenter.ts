import { INTEGRITY_RISK_LEVELS, INTEGRITY_RISK_SCOPES, type IntegrityRisk, type IntegrityRiskLevel, type IntegrityRiskScope } from '@mofan/shared';
import type { IntegrityRiskJoinedRow } from './integrity-risks.repository';

function oneOf<T extends string>(values: readonly T[], value: string, what: string): T {
  const found = values.find((v) => v === value);
  if (!found) throw new Error(`integrity risk with an unknown ${what}: ${value}`);
  return found;
}

export function riskScopeOf(value: string): IntegrityRiskScope {
  return oneOf(INTEGRITY_RISK_SCOPES, value, 'scope');
}

export function riskLevelOf(value: string): IntegrityRiskLevel {
  return oneOf(INTEGRITY_RISK_LEVELS, value, 'level');
}

/** Reviewed in the year of `today` (the yearly review). */
export function reviewedInYearOf(reviewedOn: string | null, today: string): boolean {
  return reviewedOn !== null && reviewedOn.slice(0, 4) === today.slice(0, 4);
}

export function presentIntegrityRisk(row: IntegrityRiskJoinedRow, today: string): IntegrityRisk {
  const r = row.risk;
  return {
    id: r.id,
    nodeId: r.nodeId,
    nodeName: row.nodeName,
    unitName: row.nodeKind === 'unit' ? null : row.unitName,
    scope: riskScopeOf(r.scope),
    name: r.name,
    risk: r.risk,
    level: riskLevelOf(r.level),
    measures: r.measures,
    reviewedOn: r.reviewedOn,
    reviewNote: r.reviewNote,
    reviewedThisYear: reviewedInYearOf(r.reviewedOn, today),
    createdByName: row.createdByName,
    version: r.version,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  };
}
