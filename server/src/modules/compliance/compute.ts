import {
  type ComplianceResult,
  type EvidenceRecord,
  type Period,
  type RequirementDefinition,
  anniversaryPeriod,
  countsAsEvidence,
  evaluateRequirementPeriod,
  periodOf,
  periodsCovering,
  triggerPeriod,
} from '@mofan/shared';
import type { UnitFacts } from './compliance.repository';
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

/**
 * Whether a person played the part a requirement asks for in a record: its lecturer or host when
 * the requirement says so (attending a 党课 is not giving one), else any part — subject, host,
 * lecturer or present participant.
 */
function involves(record: FactRecord, personId: string, attendees: ReadonlyMap<string, ReadonlySet<string>>, role: RequirementDefinition['evidenceRole']): boolean {
  if (role === 'lecturer') return record.lecturerPersonId === personId;
  if (role === 'host') return record.hostPersonId === personId;
  return record.personId === personId || record.hostPersonId === personId || record.lecturerPersonId === personId || (attendees.get(record.id)?.has(personId) ?? false);
}

function asEvidence(record: FactRecord, personId?: string): EvidenceRecord {
  return { id: record.id, date: record.occurredOn, endDate: record.endsOn, personId: personId ?? null };
}

/**
 * The records of a requirement's kinds that count at all: a staged record (办实事) only from its
 * counting stage on (once solved). Computed once per requirement, not per target (it was the
 * hot spot of the city-scale benchmark).
 */
function relevantRecords(requirement: RequirementDefinition, records: readonly FactRecord[], attendees: ReadonlyMap<string, ReadonlySet<string>>): FactRecord[] {
  return records.filter((r) => r.kinds.some((k) => requirement.evidence.includes(k) && countsAsEvidence(k, { ...r, presentCount: attendees.get(r.id)?.size ?? 0 })));
}

/** The records that count for a target: of the requirement's kinds, and the target's own. */
function evidenceFor(requirement: RequirementDefinition, target: Target, people: readonly Target[], relevant: readonly FactRecord[], attendees: ReadonlyMap<string, ReadonlySet<string>>): EvidenceRecord[] {
  if (requirement.rule.kind === 'coverage') {
    // One evidence row per covered person: a meeting covers everyone present at it.
    return people.flatMap((p) => (p.type === 'org' ? [] : relevant.filter((r) => involves(r, p.personId, attendees, requirement.evidenceRole)).map((r) => asEvidence(r, p.personId))));
  }
  switch (target.type) {
    case 'org':
      return relevant.filter((r) => r.ownerPath.startsWith(target.path)).map((r) => asEvidence(r));
    case 'person':
      return relevant.filter((r) => involves(r, target.personId, attendees, requirement.evidenceRole)).map((r) => asEvidence(r, target.personId));
    case 'pair':
      return relevant.filter((r) => r.ownerPath.startsWith(target.departmentPath) && involves(r, target.personId, attendees, requirement.evidenceRole)).map((r) => asEvidence(r, target.personId));
  }
}

/** The periods of a requirement in a year, for one target (trigger rules depend on the person's events). */
function periodsFor(requirement: RequirementDefinition, target: Target, facts: UnitFacts, year: number): Period[] {
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  const rule = requirement.rule;
  if (rule.kind === 'deadline') return [periodOf('year', from)];
  if (rule.kind === 'coverage') return rule.per === 'once' ? [periodOf('year', from)] : periodsCovering(rule.per, from, to);
  if (rule.kind !== 'trigger') return periodsCovering(rule.per, from, to);
  if (target.type === 'org') return [];
  const person = facts.people.find((p) => p.id === target.personId);
  if (!person) return [];
  const inYear = (d: string | null): d is string => d !== null && d >= from && d <= to;
  switch (rule.event) {
    case 'hired':
      return inYear(person.hiredOn) ? [triggerPeriod(person.hiredOn, rule.withinDays)] : [];
    case 'post_started':
      return facts.posts.filter((p) => p.personId === person.id && !p.isPrimary && inYear(p.startDate)).map((p) => triggerPeriod(p.startDate, rule.withinDays));
    case 'post_changed': {
      const primaries = facts.posts.filter((p) => p.personId === person.id && p.isPrimary).sort((a, b) => a.startDate.localeCompare(b.startDate));
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
  const attendees = new Map<string, Set<string>>();
  for (const a of facts.attendance) {
    const set = attendees.get(a.recordId) ?? new Set<string>();
    set.add(a.personId);
    attendees.set(a.recordId, set);
  }
  const cells: ComplianceCell[] = [];
  for (const requirement of requirements) {
    const targets = resolveTargets(facts, requirement.target);
    const relevant = relevantRecords(requirement, facts.records, attendees);
    if (requirement.rule.kind === 'coverage') {
      const people = targets.flatMap((t) => (t.type === 'org' ? [] : [t.binding]));
      const unitTarget: Target = { type: 'org', nodeId: facts.unit.id, label: facts.unit.name, path: facts.unit.path };
      const records = evidenceFor(requirement, unitTarget, targets, relevant, attendees);
      for (const period of periodsFor(requirement, unitTarget, facts, year)) {
        const result = evaluateRequirementPeriod({ rule: requirement.rule, period, today, records, subject: { kind: 'people', people } });
        cells.push({ requirementId: requirement.id, target: unitTarget, targetKey: targetKey(unitTarget), period, result });
      }
      continue;
    }
    for (const target of targets) {
      const records = evidenceFor(requirement, target, targets, relevant, attendees);
      const subject = target.type === 'org' ? { kind: 'org' as const } : { kind: 'person' as const, person: target.binding };
      for (const period of periodsFor(requirement, target, facts, year)) {
        const result = evaluateRequirementPeriod({ rule: requirement.rule, period, today, records, subject });
        cells.push({ requirementId: requirement.id, target, targetKey: targetKey(target), period, result });
      }
    }
  }
  return cells;
}
