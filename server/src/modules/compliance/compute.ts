import {
  type ComplianceResult,
  type EvidenceRecord,
  type Period,
  type RequirementDefinition,
  anniversaryPeriod,
  evaluateRequirementPeriod,
  periodOf,
  periodsCovering,
  triggerPeriod,
} from '@mofan/shared';
import type { UnitFacts } from './compliance.repository';
import { type FactsIndex, indexFacts } from './facts-index';
import { type Target, resolveTargets, targetKey } from './targets';

/** One cell: a target × requirement × period and its verdict. */
export interface ComplianceCell {
  requirementId: string;
  target: Target;
  targetKey: string;
  period: Period;
  result: ComplianceResult;
}

type FactRecord = UnitFacts['records'][number];
type Attendees = FactsIndex['attendees'];

/**
 * Whether a person played the part a requirement asks for in a record: its lecturer or host when
 * the requirement says so (attending a 党课 is not giving one), else any part — subject, host,
 * lecturer or present participant.
 */
function involves(record: FactRecord, personId: string, attendees: Attendees, role: RequirementDefinition['evidenceRole']): boolean {
  if (role === 'lecturer') return record.lecturerPersonId === personId;
  if (role === 'host') return record.hostPersonId === personId;
  return record.personId === personId || record.hostPersonId === personId || record.lecturerPersonId === personId || (attendees.get(record.id)?.has(personId) ?? false);
}

function asEvidence(record: FactRecord, personId?: string): EvidenceRecord {
  return { id: record.id, date: record.occurredOn, endDate: record.endsOn, personId: personId ?? null };
}

/** The records of a requirement's kinds that count at all, each once, in ledger order. */
function relevantRecords(requirement: RequirementDefinition, index: FactsIndex): FactRecord[] {
  if (requirement.evidence.length === 1) return [...index.countingOfKind(requirement.evidence[0]!)];
  const ids = new Set(requirement.evidence.flatMap((k) => index.countingOfKind(k).map((r) => r.id)));
  return index.facts.records.filter((r) => ids.has(r.id));
}

/** What one requirement reads: its counting records, as a list and as a set for the per-person index. */
interface Relevant {
  records: FactRecord[];
  ids: ReadonlySet<string>;
}

/** A person's records of the requirement, in the part it asks for (and under a 科室 for pairs). */
function personEvidence(index: FactsIndex, requirement: RequirementDefinition, relevant: Relevant, personId: string, underPath?: string): EvidenceRecord[] {
  return index
    .recordsOf(personId)
    .filter((r) => relevant.ids.has(r.id) && (!underPath || r.ownerPath.startsWith(underPath)) && involves(r, personId, index.attendees, requirement.evidenceRole))
    .map((r) => asEvidence(r, personId));
}

/** The records that count for a target: of the requirement's kinds, and the target's own. */
function evidenceFor(index: FactsIndex, requirement: RequirementDefinition, target: Target, people: readonly Target[], relevant: Relevant): EvidenceRecord[] {
  if (requirement.rule.kind === 'coverage') {
    // One evidence row per covered person: a meeting covers everyone present at it.
    return people.flatMap((p) => (p.type === 'org' ? [] : personEvidence(index, requirement, relevant, p.personId)));
  }
  switch (target.type) {
    case 'org':
      return relevant.records.filter((r) => r.ownerPath.startsWith(target.path)).map((r) => asEvidence(r));
    case 'person':
      return personEvidence(index, requirement, relevant, target.personId);
    case 'pair':
      return personEvidence(index, requirement, relevant, target.personId, target.departmentPath);
  }
}

/** The calendar periods of a requirement in a year; null for trigger rules, whose windows come from each person's events. */
function calendarPeriods(requirement: RequirementDefinition, year: number): Period[] | null {
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  const rule = requirement.rule;
  if (rule.kind === 'deadline') return [periodOf('year', from)];
  if (rule.kind === 'coverage') return rule.per === 'once' ? [periodOf('year', from)] : periodsCovering(rule.per, from, to);
  if (rule.kind === 'trigger') return null;
  return periodsCovering(rule.per, from, to);
}

/** The trigger windows of a person's events in a year (hire, new post, 岗位调整, the 入党 anniversary). */
function triggerPeriods(rule: Extract<RequirementDefinition['rule'], { kind: 'trigger' }>, target: Target, index: FactsIndex, year: number): Period[] {
  if (target.type === 'org') return [];
  const person = index.person(target.personId);
  if (!person) return [];
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  const inYear = (d: string | null): d is string => d !== null && d >= from && d <= to;
  const posts = index.postsOf(person.id);
  switch (rule.event) {
    case 'hired':
      return inYear(person.hiredOn) ? [triggerPeriod(person.hiredOn, rule.withinDays)] : [];
    case 'post_started':
      return posts.filter((p) => !p.isPrimary && inYear(p.startDate)).map((p) => triggerPeriod(p.startDate, rule.withinDays));
    case 'post_changed': {
      const primaries = posts.filter((p) => p.isPrimary).sort((a, b) => a.startDate.localeCompare(b.startDate));
      return primaries.slice(1).filter((p) => inYear(p.startDate)).map((p) => triggerPeriod(p.startDate, rule.withinDays));
    }
    case 'party_anniversary': {
      const period = person.joinedPartyOn ? anniversaryPeriod(person.joinedPartyOn, year, rule.withinDays) : null;
      return period ? [period] : [];
    }
  }
}

/**
 * Every cell of a unit's compliance in a year: each requirement × each of its targets in the unit
 * × each period, judged by the shared rule engine. Coverage requirements have one target, the
 * unit, judged over the whole target set.
 */
export function computeUnitCompliance(facts: UnitFacts, requirements: readonly RequirementDefinition[], year: number, today: string): ComplianceCell[] {
  const index = indexFacts(facts);
  const targetsBySpec = new Map<string, Target[]>();
  const cells: ComplianceCell[] = [];
  for (const requirement of requirements) {
    const specKey = JSON.stringify(requirement.target);
    const targets = targetsBySpec.get(specKey) ?? resolveTargets(index, requirement.target);
    targetsBySpec.set(specKey, targets);
    const records = relevantRecords(requirement, index);
    const relevant: Relevant = { records, ids: new Set(records.map((r) => r.id)) };
    const periods = calendarPeriods(requirement, year);
    const rule = requirement.rule;
    if (rule.kind === 'coverage') {
      const people = targets.flatMap((t) => (t.type === 'org' ? [] : [t.binding]));
      const unitTarget: Target = { type: 'org', nodeId: facts.unit.id, label: facts.unit.name, path: facts.unit.path };
      const evidence = evidenceFor(index, requirement, unitTarget, targets, relevant);
      for (const period of periods ?? []) {
        const result = evaluateRequirementPeriod({ rule, period, today, records: evidence, subject: { kind: 'people', people } });
        cells.push({ requirementId: requirement.id, target: unitTarget, targetKey: targetKey(unitTarget), period, result });
      }
      continue;
    }
    for (const target of targets) {
      const evidence = evidenceFor(index, requirement, target, targets, relevant);
      const subject = target.type === 'org' ? { kind: 'org' as const } : { kind: 'person' as const, person: target.binding };
      const own = periods ?? (rule.kind === 'trigger' ? triggerPeriods(rule, target, index, year) : []);
      const key = targetKey(target);
      for (const period of own) {
        const result = evaluateRequirementPeriod({ rule, period, today, records: evidence, subject });
        cells.push({ requirementId: requirement.id, target, targetKey: key, period, result });
      }
    }
  }
  return cells;
}
