import { PROGRAMMES, type OwnRequirementView, type ProgrammeCode, ownRequirementId } from '@mofan/shared';
import type { OwnRequirementEntry } from './own-requirements.repository';

export function presentOwnRequirement(entry: OwnRequirementEntry): OwnRequirementView {
  const r = entry.row;
  const programme = PROGRAMMES.find((p) => p.code === r.programmeCode);
  return {
    id: r.id,
    requirementId: ownRequirementId(r.id),
    nodeId: r.nodeId,
    nodeName: entry.nodeName,
    title: r.title,
    programmeCode: r.programmeCode as ProgrammeCode,
    programmeName: programme?.name ?? r.programmeCode,
    dimensionCode: r.dimensionCode,
    dimensionName: programme?.dimensions.find((d) => d.code === r.dimensionCode)?.name ?? r.dimensionCode,
    evidence: r.evidence,
    target: r.target,
    rule: r.rule,
    evidenceRole: r.evidenceRole === 'lecturer' || r.evidenceRole === 'host' ? r.evidenceRole : null,
    note: r.note,
    enabled: r.enabled,
    version: r.version,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  };
}
