/**
 * The data the compliance rules read and write. Data only — no ids resolved, no database rows —
 * so the server can build inputs from SQL and the tests from literals.
 */
import type { ComplianceStatus, RuleSpec } from '../../catalogue/types';
import type { DateInterval } from './intervals';
import type { Period } from './periods';

/** One ledger record (台账) that matches the requirement's evidence kinds and its target. */
export interface EvidenceRecord {
  id: string;
  /** The day it happened; the first day of a multi-day record. */
  date: string;
  /** Last day of a multi-day record (下基层 from … to …); absent for one-day records. */
  endDate?: string | null;
  /**
   * Days it is worth for amount rules when that differs from the calendar span (a half day, or
   * 3 working days in a 5-day range); defaults to the span.
   */
  days?: number | null;
  /**
   * Whose record it is, for coverage rules. A meeting with several participants is passed once
   * per participant with the same `id`; ids are de-duplicated in the result.
   */
  personId?: string | null;
}

/** One person's place in a target set: when they belonged to it, and when they were excused. */
export interface PersonBinding {
  personId: string;
  /** When they were in the target set (held the post, worked in the 科室, were a 党员 …). */
  memberships: readonly DateInterval[];
  /** Leave, secondment (请假, 借调 …): days on which nothing is asked of them. */
  exemptions: readonly DateInterval[];
}

/**
 * Who the requirement binds in this evaluation:
 * - `org`: a unit, 科室 or 党组织, bound for the whole period;
 * - `person`: one person (a 班子成员, a 党员, a 班子成员 × 分管科室 pair …);
 * - `people`: the whole target set, for coverage rules.
 */
export type EvaluationSubject =
  | { kind: 'org' }
  | { kind: 'person'; person: PersonBinding }
  | { kind: 'people'; people: readonly PersonBinding[] };

/** One target × requirement × period. */
export interface EvaluationInput {
  rule: RuleSpec;
  /**
   * The period judged: from periodOf / periodsCovering for count, amount and coverage (any
   * calendar period for 'once' coverage), the year for deadline rules, triggerPeriod or
   * anniversaryPeriod for trigger rules.
   */
  period: Period;
  /** Today in Asia/Shanghai; records dated after it are ignored (a ledger records what happened). */
  today: string;
  records: readonly EvidenceRecord[];
  subject: EvaluationSubject;
}

/**
 * Why nothing is asked: `exempted` — excused by leave or secondment; `not_bound` — not in the
 * target set (long enough) during the period.
 */
export type ExemptReason = 'exempted' | 'not_bound';

/** The verdict for one target × requirement × period, with what it rests on. */
export interface ComplianceResult {
  status: ComplianceStatus;
  /** Records counted, days done, or people covered — in the rule's own measure. */
  done: number;
  needed: number;
  /** The records the verdict rests on, in date order: the "one click away" of the issue. */
  countingRecordIds: string[];
  /** The last day on which doing it still counts as on time. */
  dueDate: string;
  /** Deadline rules: done, but after the deadline (status 'partly'). */
  late: boolean;
  /** Set when status is 'exempt'. */
  exemptReason: ExemptReason | null;
  /** Coverage rules: the bound people who have no record yet. */
  missingPersonIds: string[];
}
