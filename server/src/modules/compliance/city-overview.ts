import { type CityOverview, type ProgrammeCode, programmeByCode } from '@mofan/shared';

/** A unit's requirement, as of today: the cells due (met, met late, or short past the due date) and those met. */
export interface RequirementTotal {
  requirementId: string;
  met: number;
  due: number;
}

/** Each requirement's dimensions, per programme: where its cells count in the overview. */
export type DimensionTags = ReadonlyMap<string, readonly { programme: string; dimension: string }[]>;

/**
 * One unit's row of the city overview: per dimension of the programme, how many of the cells
 * already due are met. Not-yet-due and exempt cells are left out, so a unit is never marked
 * down for what is not asked yet.
 */
export function dimensionRow(totals: readonly RequirementTotal[], tags: DimensionTags, programme: ProgrammeCode): CityOverview['units'][number]['cells'] {
  return programmeByCode(programme).dimensions.map((dimension) => {
    let met = 0;
    let due = 0;
    for (const t of totals) {
      if (!(tags.get(t.requirementId) ?? []).some((d) => d.programme === programme && d.dimension === dimension.code)) continue;
      met += t.met;
      due += t.due;
    }
    return { dimension: dimension.code, met, due, ratio: due === 0 ? null : Math.round((met / due) * 1000) / 1000 };
  });
}
