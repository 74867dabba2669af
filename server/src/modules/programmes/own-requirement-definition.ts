import { type ProgrammeCode, type RequirementDefinition, ownRequirementId } from '@mofan/shared';
import type { OwnRequirementEntry } from './own-requirements.repository';

/**
 * An own requirement as the rule engine and the effective catalogue read any requirement. Its
 * source names the node that added it (the seeds and regulations name the catalogue's), and it
 * serves the one programme dimension it was tagged with.
 */
export function requirementDefinitionOf(entry: OwnRequirementEntry): RequirementDefinition {
  const r = entry.row;
  return {
    id: ownRequirementId(r.id),
    title: r.title,
    target: r.target,
    rule: r.rule,
    evidence: [...r.evidence],
    sources: [`${entry.nodeName}自定`],
    dimensions: [{ programme: r.programmeCode as ProgrammeCode, dimension: r.dimensionCode }],
    ...(r.note ? { note: r.note } : {}),
    ...(r.evidenceRole === 'lecturer' || r.evidenceRole === 'host' ? { evidenceRole: r.evidenceRole } : {}),
  };
}
