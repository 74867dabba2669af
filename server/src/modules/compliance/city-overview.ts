import { type CityOverview, type ProgrammeCode, REQUIREMENT_CATALOGUE, programmeByCode } from '@mofan/shared';
import type { ComplianceCell } from './compute';

const DUE = new Set(['met', 'partly', 'missed']);

/**
 * One unit's row of the city overview: per dimension of the programme, how many of the cells
 * already due are met. Not-yet-due and exempt cells are left out, so a unit is never marked
 * down for what is not asked yet.
 */
export function dimensionRow(cells: readonly ComplianceCell[], programme: ProgrammeCode): CityOverview['units'][number]['cells'] {
  const tags = new Map(REQUIREMENT_CATALOGUE.map((r) => [r.id, r.dimensions.filter((d) => d.programme === programme).map((d) => d.dimension)]));
  return programmeByCode(programme).dimensions.map((dimension) => {
    const due = cells.filter((c) => (tags.get(c.requirementId) ?? []).includes(dimension.code) && DUE.has(c.result.status));
    const met = due.filter((c) => c.result.status === 'met').length;
    return { dimension: dimension.code, met, due: due.length, ratio: due.length === 0 ? null : Math.round((met / due.length) * 1000) / 1000 };
  });
}
