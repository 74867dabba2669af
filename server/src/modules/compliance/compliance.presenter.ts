import { type ComplianceStatus, type RequirementDefinition, type StatusCounts, type TargetResult, warningLevel } from '@mofan/shared';
import type { UnitFacts } from './compliance.repository';
import type { ComplianceCell } from './compute';

/** Days before a due date from which an unmet duty shows yellow. */
export const WARN_DAYS = 7;

export function countStatuses(cells: readonly ComplianceCell[]): StatusCounts {
  const counts: StatusCounts = { met: 0, partly: 0, missed: 0, notYetDue: 0, exempt: 0, total: cells.length };
  for (const c of cells) {
    if (c.result.status === 'not_yet_due') counts.notYetDue += 1;
    else counts[c.result.status] += 1;
  }
  return counts;
}

/** One status for many targets: all met → met; any missed → missed; any partly → partly; all excused → exempt. */
export function summaryStatus(counts: StatusCounts): ComplianceStatus {
  const bound = counts.total - counts.exempt;
  if (counts.total > 0 && bound === 0) return 'exempt';
  if (counts.met === bound && bound > 0) return 'met';
  if (counts.missed > 0) return 'missed';
  if (counts.partly > 0) return 'partly';
  return 'not_yet_due';
}

export function targetLabelOf(requirement: RequirementDefinition): string {
  const t = requirement.target;
  switch (t.kind) {
    case 'unit':
      return '单位';
    case 'department':
      return '各科室';
    case 'party_org':
      return '各党组织';
    case 'person':
      return '个人';
    case 'leader_department_pair':
      return '班子成员 × 分管科室';
  }
}

/** Cells as the drill-down shows them: the verdict and the records it rests on. */
export function presentTargetResults(cells: readonly ComplianceCell[], facts: UnitFacts, today: string): TargetResult[] {
  const records = new Map(facts.records.map((r) => [r.id, r]));
  const names = new Map(facts.people.map((p) => [p.id, p.name]));
  return cells.map((cell) => ({
    targetKey: cell.targetKey,
    label: cell.target.label,
    periodKey: cell.period.key,
    start: cell.period.start,
    end: cell.period.end,
    status: cell.result.status,
    done: cell.result.done,
    needed: cell.result.needed,
    dueDate: cell.result.dueDate,
    late: cell.result.late,
    warning: warningLevel(cell.result, today, WARN_DAYS),
    records: cell.result.countingRecordIds.flatMap((id) => {
      const r = records.get(id);
      return r ? [{ id: r.id, occurredOn: r.occurredOn, topic: r.topic, kinds: r.kinds }] : [];
    }),
    missingPeople: cell.result.missingPersonIds.map((id) => ({ id, name: names.get(id) ?? '' })),
  }));
}
