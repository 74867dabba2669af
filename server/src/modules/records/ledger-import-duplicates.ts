import { ACTIVITY_KIND_DEFINITIONS, LEDGER_COLUMNS, type LedgerColumnKey, type RosterRowError, isActivityKind, normalizeText } from '@mofan/shared';
import { reportedValue } from '../roster/roster-row';

/** What tells two ledger records apart as activities: a record matching another on all of these was entered twice. */
export interface RecordIdentity {
  ownerNodeId: string;
  personId: string | null;
  occurredOn: string;
  kinds: readonly string[];
  topic: string | null;
}

const HEADER = Object.fromEntries(LEDGER_COLUMNS.map((c) => [c.key, c.header])) as Record<LedgerColumnKey, string>;

/**
 * The same owner, person, date and set of kinds (in any order), and the same topic once
 * normalised: a topic pasted from WPS with full-width letters or an ideographic space is still the same topic.
 */
export function identityKey(r: RecordIdentity): string {
  return JSON.stringify([r.ownerNodeId, r.personId ?? '', r.occurredOn, [...new Set(r.kinds)].sort(), normalizeText(r.topic ?? '')]);
}

/** How a record is named in the report: its date and topic, or its kinds when it has no topic. */
function described(r: RecordIdentity): string {
  const topic = normalizeText(r.topic ?? '');
  const kinds = r.kinds.map((k) => (isActivityKind(k) ? ACTIVITY_KIND_DEFINITIONS[k].label : k)).join('、');
  return `${r.occurredOn} ${topic || kinds}`;
}

function duplicateProblem(row: RecordIdentity & { row: number }, message: string): RosterRowError {
  const columns: LedgerColumnKey[] = row.personId ? ['date', 'kinds', 'person', 'topic'] : ['date', 'kinds', 'owner', 'topic'];
  return { row: row.row, field: columns.map((c) => HEADER[c]).join('、'), value: reportedValue(described(row)), message };
}

/**
 * Splits the checked rows of a file into those to insert and those already in the ledger or
 * repeated within the file. A repeat of an earlier row of the same file names that row, so a
 * clerk sees which of the two was kept. Both kinds of duplicate are skipped, never inserted.
 */
export function separateDuplicates<Row extends RecordIdentity & { row: number }>(rows: readonly Row[], existing: readonly RecordIdentity[]): { fresh: Row[]; duplicates: RosterRowError[] } {
  const stored = new Set(existing.map(identityKey));
  const firstRowOf = new Map<string, number>();
  const fresh: Row[] = [];
  const duplicates: RosterRowError[] = [];
  for (const row of rows) {
    const key = identityKey(row);
    const earlier = firstRowOf.get(key);
    if (stored.has(key)) duplicates.push(duplicateProblem(row, `与已有台账记录重复（${described(row)}），已跳过`));
    else if (earlier !== undefined) duplicates.push(duplicateProblem(row, `与第${earlier}行重复（${described(row)}），已跳过`));
    else {
      firstRowOf.set(key, row.row);
      fresh.push(row);
    }
  }
  return { fresh, duplicates };
}
