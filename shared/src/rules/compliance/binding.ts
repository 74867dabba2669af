/**
 * How much of a window a target was bound: in the target set and not excused. Orgs are bound
 * throughout; people join and leave target sets and take leave mid-period.
 */
import { daysBetweenInclusive } from './calendar';
import { clipAndMerge, subtractRanges, totalDays, type DateRange } from './intervals';
import type { ExemptReason, PersonBinding } from './types';

export interface Binding {
  /** Days of the window the target belonged to the target set (records are counted here). */
  memberRanges: DateRange[];
  memberDays: number;
  /** Member days minus exempt days: what the requirement may ask for. */
  boundRanges: DateRange[];
  boundDays: number;
}

/** The binding of an org (null) or of one person within `window`. */
export function bindingIn(person: PersonBinding | null, window: DateRange): Binding {
  if (person === null) {
    const all = [{ ...window }];
    const days = daysBetweenInclusive(window.from, window.to);
    return { memberRanges: all, memberDays: days, boundRanges: all, boundDays: days };
  }
  const memberRanges = clipAndMerge(person.memberships, window);
  const boundRanges = subtractRanges(memberRanges, clipAndMerge(person.exemptions, window));
  return { memberRanges, memberDays: totalDays(memberRanges), boundRanges, boundDays: totalDays(boundRanges) };
}

/**
 * For rules asked as a whole (count, deadline, trigger): bound when bound for at least half of
 * the window. Half is the line because a duty that changes hands mid-period then has exactly
 * one owner in most cases — the one who held it longer — and someone who arrives in the last
 * weeks is not marked missed for meetings held before they came. Joiners and leavers are
 * treated alike. Returns null when bound, else why not.
 */
export function wholeDutyExemption(binding: Pick<Binding, 'boundDays' | 'memberDays'>, windowDays: number): ExemptReason | null {
  if (binding.boundDays > 0 && binding.boundDays * 2 >= windowDays) return null;
  return binding.memberDays > 0 && binding.memberDays * 2 >= windowDays ? 'exempted' : 'not_bound';
}

/** Why someone with no bound day at all is left out. */
export function noBoundDaysReason(binding: Binding): ExemptReason {
  return binding.memberDays > 0 ? 'exempted' : 'not_bound';
}
