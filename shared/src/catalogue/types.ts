/**
 * The requirement catalogue's vocabulary (domain.md §4): a requirement = target × evidence × rule.
 * Pure data types shared by the seed catalogue, the rule engine (shared/src/rules/compliance)
 * and the server.
 */

export const PERIOD_UNITS = ['week', 'month', 'quarter', 'half_year', 'year'] as const;
export type PeriodUnit = (typeof PERIOD_UNITS)[number];

export const PERIOD_UNIT_LABELS: Record<PeriodUnit, string> = {
  week: '每周',
  month: '每月',
  quarter: '每季度',
  half_year: '每半年',
  year: '每年',
};

/** The five programmes of the seeds (创建体系), by the seed they come from. */
export const PROGRAMME_CODES = ['000', '001', '002', '003', '004'] as const;
export type ProgrammeCode = (typeof PROGRAMME_CODES)[number];

/** Who a requirement binds. People targets are chosen by post or by attribute. */
export type TargetSpec =
  | { kind: 'unit' }
  | { kind: 'department' }
  | { kind: 'party_org'; levels: ('party_committee' | 'general_branch' | 'branch' | 'party_group')[] }
  | { kind: 'person'; who: PersonSelector }
  /** One duty per (班子成员 × each 科室 they 分管). */
  | { kind: 'leader_department_pair' };

export const PERSON_SELECTORS = [
  'all_staff',
  'department_staff',
  'party_member',
  'working_party_member',
  'party_leader',
  'top_leader',
  'leadership_member',
  'branch_secretary',
  'new_staff',
] as const;
export type PersonSelector = (typeof PERSON_SELECTORS)[number];

export const PERSON_SELECTOR_LABELS: Record<PersonSelector, string> = {
  all_staff: '全体干部职工',
  department_staff: '科室人员',
  party_member: '党员',
  working_party_member: '在职党员',
  party_leader: '党员领导干部',
  top_leader: '一把手',
  leadership_member: '班子成员',
  branch_secretary: '党支部书记',
  new_staff: '新进人员和新任领导干部',
};

/** How evidence is judged within a period. */
export type RuleSpec =
  /** At least `min` records of the evidence kinds in each period. */
  | { kind: 'count'; min: number; per: PeriodUnit }
  /** At least `min` days (summed over records) in each period, e.g. 60 days of 下基层 a year. */
  | { kind: 'amount'; min: number; unit: 'day'; per: PeriodUnit }
  /** Every person of the target set has a record (ratio 1 = 全覆盖), per period or once. */
  | { kind: 'coverage'; ratio: number; per: PeriodUnit | 'once' }
  /** Done by a date of each year, e.g. 5月31日. */
  | { kind: 'deadline'; month: number; day: number }
  /** Done within `withinDays` calendar days after an event about the person. */
  | { kind: 'trigger'; event: TriggerEvent; withinDays: number };

export const TRIGGER_EVENTS = ['hired', 'post_started', 'post_changed', 'party_anniversary'] as const;
export type TriggerEvent = (typeof TRIGGER_EVENTS)[number];

export const COMPLIANCE_STATUSES = ['met', 'partly', 'missed', 'not_yet_due', 'exempt'] as const;
export type ComplianceStatus = (typeof COMPLIANCE_STATUSES)[number];

export const COMPLIANCE_STATUS_LABELS: Record<ComplianceStatus, string> = {
  met: '已完成',
  partly: '部分完成',
  missed: '未完成',
  not_yet_due: '未到期',
  exempt: '免于考核',
};

export interface RequirementDefinition {
  /** Stable code, e.g. `study.center_group` (domain.md §4 `id`). */
  id: string;
  /** The requirement in the seeds' words. */
  title: string;
  target: TargetSpec;
  rule: RuleSpec;
  /** Activity kinds (see activity-kinds.ts) whose records count as evidence. */
  evidence: string[];
  /** Where it comes from: seed numbers ('000' … '004') or a regulation ('支部工作条例'). */
  sources: string[];
  /** The programme dimensions it serves, e.g. { programme: '000', dimension: 'politics_clear' }. */
  dimensions: { programme: ProgrammeCode; dimension: string }[];
  /** A short note for the catalogue page, in Chinese. */
  note?: string;
  /**
   * For people targets: the part the person must have played in a record for it to count —
   * giving a 党课 (`lecturer`), holding a 廉政谈话 (`host`). Absent: any part (subject, host,
   * lecturer or present participant).
   */
  evidenceRole?: 'lecturer' | 'host';
}
