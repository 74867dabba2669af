import { type DateInterval, countsAsEvidence } from '@mofan/shared';
import type { UnitFacts } from './compliance.repository';

type FactRecord = UnitFacts['records'][number];
type FactPost = UnitFacts['posts'][number];

/**
 * A unit's facts indexed once per computation: posts, exemptions and records by person, present
 * participants by record. Without it every requirement scanned every post and record once per
 * person — the hot spot of the city-scale benchmark.
 */
export interface FactsIndex {
  facts: UnitFacts;
  postsOf(personId: string): readonly FactPost[];
  exemptionsOf(personId: string): readonly DateInterval[];
  /** Present participants of a record. */
  attendees: ReadonlyMap<string, ReadonlySet<string>>;
  /** Records a person took any part in: their own, hosted, lectured or attended. */
  recordsOf(personId: string): readonly FactRecord[];
  person(personId: string): UnitFacts['people'][number] | undefined;
  /** Records of a kind that count as evidence of it: a staged record (办实事) only from its counting stage on. */
  countingOfKind(kind: string): readonly FactRecord[];
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function indexFacts(facts: UnitFacts): FactsIndex {
  const posts = new Map<string, FactPost[]>();
  for (const p of facts.posts) push(posts, p.personId, p);
  const exemptions = new Map<string, DateInterval[]>();
  for (const e of facts.exemptions) push(exemptions, e.personId, { from: e.startsOn, to: e.endsOn });
  const attendees = new Map<string, Set<string>>();
  for (const a of facts.attendance) {
    const set = attendees.get(a.recordId);
    if (set) set.add(a.personId);
    else attendees.set(a.recordId, new Set([a.personId]));
  }
  const byPerson = new Map<string, FactRecord[]>();
  for (const r of facts.records) {
    const involved = new Set<string>(attendees.get(r.id));
    for (const id of [r.personId, r.hostPersonId, r.lecturerPersonId]) if (id) involved.add(id);
    for (const id of involved) push(byPerson, id, r);
  }
  const people = new Map(facts.people.map((p) => [p.id, p]));
  const ofKind = new Map<string, FactRecord[]>();
  for (const r of facts.records) {
    const presentCount = attendees.get(r.id)?.size ?? 0;
    for (const k of r.kinds) if (countsAsEvidence(k, { ...r, presentCount })) push(ofKind, k, r);
  }
  return {
    facts,
    postsOf: (id) => posts.get(id) ?? [],
    exemptionsOf: (id) => exemptions.get(id) ?? [],
    attendees,
    recordsOf: (id) => byPerson.get(id) ?? [],
    person: (id) => people.get(id),
    countingOfKind: (kind) => ofKind.get(kind) ?? [],
  };
}
