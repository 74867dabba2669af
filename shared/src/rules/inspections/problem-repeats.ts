/**
 * Repeat problems (普遍发生、反复出现 [001]), derived whenever a problem is read, never stored: a
 * flag must follow the problems found since, and a rectification accepted since.
 *
 * - repeatAtUnit: the same tag was found at the same unit before, within 365 days;
 * - widespread (普遍发生): the tag was found at 3 or more units within some 90 days that include
 *   this problem's date;
 * - recurredAfterRectification (反复出现): the same tag was found at the same unit before and that
 *   problem's rectification was accepted (销号) on or before this one was found.
 */
import { addDays, toDayNumber } from '../compliance/calendar';

export const REPEAT_AT_UNIT_DAYS = 365;
export const WIDESPREAD_WINDOW_DAYS = 90;
export const WIDESPREAD_MIN_UNITS = 3;

export interface RepeatProblem {
  id: string;
  unitId: string;
  tags: readonly string[];
  foundOn: string;
  /** Orders problems found on the same day: the one registered first is the earlier. */
  createdAt: string;
}

export interface RepeatCandidate extends RepeatProblem {
  /** The day its rectification was accepted (销号); null while none is. */
  acceptedOn: string | null;
}

export interface EarlierProblem {
  id: string;
  foundOn: string;
  /** The tags it shares with the problem read. */
  tags: string[];
  acceptedOn: string | null;
}

export interface WidespreadTag {
  tag: string;
  /** The most units that had the tag within one 90-day span including this problem. */
  unitCount: number;
}

export interface ProblemRepeats {
  repeatAtUnit: EarlierProblem[];
  widespread: WidespreadTag[];
  recurredAfterRectification: EarlierProblem[];
}

function isEarlier(a: RepeatProblem, b: RepeatProblem): boolean {
  if (a.foundOn !== b.foundOn) return a.foundOn < b.foundOn;
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt;
  return a.id < b.id;
}

function sharedTags(a: RepeatProblem, b: RepeatProblem): string[] {
  return a.tags.filter((t) => b.tags.includes(t));
}

/**
 * The most distinct units with `tag` in one window of WIDESPREAD_WINDOW_DAYS consecutive days that
 * contains `day`. A best window can always start on the day of a problem, so only those are tried.
 */
function widestSpan(day: number, tag: string, problems: readonly RepeatProblem[]): number {
  const tagged = problems.filter((p) => p.tags.includes(tag)).map((p) => ({ day: toDayNumber(p.foundOn), unitId: p.unitId }));
  let best = 0;
  for (const start of new Set(tagged.map((p) => p.day))) {
    const end = start + WIDESPREAD_WINDOW_DAYS - 1;
    if (start > day || end < day) continue;
    const units = new Set(tagged.filter((p) => p.day >= start && p.day <= end).map((p) => p.unitId));
    best = Math.max(best, units.size);
  }
  return best;
}

/** `others` may hold the problem itself and unrelated ones; only what the rules name is kept. */
export function problemRepeats(problem: RepeatProblem, others: readonly RepeatCandidate[]): ProblemRepeats {
  const day = toDayNumber(problem.foundOn);
  const rest = others.filter((o) => o.id !== problem.id);
  const earlierHere = rest
    .filter((o) => o.unitId === problem.unitId && isEarlier(o, problem))
    .map((o) => ({ o, tags: sharedTags(problem, o) }))
    .filter((x) => x.tags.length > 0)
    .sort((a, b) => (isEarlier(a.o, b.o) ? 1 : -1));
  const earlier = (x: { o: RepeatCandidate; tags: string[] }): EarlierProblem => ({ id: x.o.id, foundOn: x.o.foundOn, tags: x.tags, acceptedOn: x.o.acceptedOn });
  const all = [problem, ...rest];
  return {
    repeatAtUnit: earlierHere.filter((x) => day - toDayNumber(x.o.foundOn) <= REPEAT_AT_UNIT_DAYS).map(earlier),
    widespread: [...new Set(problem.tags)].map((tag) => ({ tag, unitCount: widestSpan(day, tag, all) })).filter((w) => w.unitCount >= WIDESPREAD_MIN_UNITS),
    recurredAfterRectification: earlierHere.filter((x) => x.o.acceptedOn !== null && x.o.acceptedOn <= problem.foundOn).map(earlier),
  };
}

/**
 * What the query must fetch for a problem found on `foundOn`: every earlier problem at its unit
 * sharing a tag (反复出现 has no time limit), and any unit's problems sharing a tag found within
 * these dates (the 90-day spans that include the day).
 */
export function widespreadWindow(foundOn: string): { from: string; to: string } {
  return { from: addDays(foundOn, -(WIDESPREAD_WINDOW_DAYS - 1)), to: addDays(foundOn, WIDESPREAD_WINDOW_DAYS - 1) };
}
