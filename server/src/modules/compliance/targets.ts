import type { DateInterval, PersonBinding, PersonSelector, TargetSpec } from '@mofan/shared';
import type { UnitFacts } from './compliance.repository';
import type { FactsIndex } from './facts-index';

/** Who a requirement binds in a unit: an org node, a person, or a 班子成员 × 分管科室 pair. */
export type Target =
  | { type: 'org'; nodeId: string; label: string; path: string }
  | { type: 'person'; personId: string; label: string; binding: PersonBinding }
  | { type: 'pair'; personId: string; departmentId: string; departmentPath: string; label: string; binding: PersonBinding };

export function targetKey(target: Target): string {
  if (target.type === 'org') return `org:${target.nodeId}`;
  if (target.type === 'person') return `person:${target.personId}`;
  return `pair:${target.personId}:${target.departmentId}`;
}

const LEADERSHIP = new Set(['top_leader', 'leadership_member']);
const PARTY = new Set(['party_member', 'probationary_member']);

function intervalsOf(index: FactsIndex, personId: string, keep: (post: UnitFacts['posts'][number]) => boolean): DateInterval[] {
  return index.postsOf(personId).filter(keep).map((p) => ({ from: p.startDate, to: p.endDate }));
}

/** Cuts intervals to start no earlier than `from` (e.g. membership of the party from 入党日期). */
function startingFrom(intervals: DateInterval[], from: string | null): DateInterval[] {
  if (!from) return [];
  return intervals.filter((i) => i.to === null || i.to >= from).map((i) => ({ from: i.from > from ? i.from : from, to: i.to }));
}

/**
 * When a person belonged to a selector's set, from the post history: the primary 科室
 * membership for staff, the posts for 一把手 / 班子成员 / 支部书记, the 入党日期 onwards for 党员.
 * 科室人员 are staff while they hold no leadership post.
 */
function membershipOf(index: FactsIndex, person: UnitFacts['people'][number], who: PersonSelector): DateInterval[] {
  const staff = intervalsOf(index, person.id, (p) => p.isPrimary);
  const leading = intervalsOf(index, person.id, (p) => LEADERSHIP.has(p.role));
  const isMember = PARTY.has(person.politicalStatus);
  switch (who) {
    case 'all_staff':
    case 'new_staff':
      return staff;
    case 'department_staff':
      return leading.length === 0 ? staff : [];
    case 'party_member':
    case 'working_party_member':
      return isMember ? startingFrom(staff, person.joinedPartyOn) : [];
    case 'party_leader':
      return isMember ? leading : [];
    case 'top_leader':
      return intervalsOf(index, person.id, (p) => p.role === 'top_leader');
    case 'leadership_member':
      return leading;
    case 'branch_secretary':
      return intervalsOf(index, person.id, (p) => p.role === 'branch_secretary');
  }
}

/**
 * The targets of a requirement in a unit, each person with their exemptions (请假, 借调 …). Many
 * requirements share a target spec (党员, 班子成员 …): the index caches the answer per spec.
 */
export function resolveTargets(index: FactsIndex, target: TargetSpec): Target[] {
  const facts = index.facts;
  switch (target.kind) {
    case 'unit':
      return [{ type: 'org', nodeId: facts.unit.id, label: facts.unit.name, path: facts.unit.path }];
    case 'department':
    case 'party_org': {
      const kinds: readonly string[] = target.kind === 'department' ? ['department'] : target.levels;
      return facts.nodes
        .filter((n) => kinds.includes(n.kind))
        .sort((a, b) => a.sortOrder - b.sortOrder || a.name.localeCompare(b.name, 'zh-CN'))
        .map((n) => ({ type: 'org' as const, nodeId: n.id, label: n.name, path: n.path }));
    }
    case 'person':
      return facts.people.flatMap((p) => {
        const memberships = membershipOf(index, p, target.who);
        return memberships.length === 0 ? [] : [{ type: 'person' as const, personId: p.id, label: p.name, binding: { personId: p.id, memberships, exemptions: index.exemptionsOf(p.id) } }];
      });
    case 'leader_department_pair': {
      const byId = new Map(facts.nodes.map((n) => [n.id, n]));
      const names = new Map(facts.people.map((p) => [p.id, p.name]));
      return facts.posts
        .filter((p) => p.role === 'leadership_member')
        .flatMap((post) =>
          facts.supervised
            .filter((s) => s.postId === post.id)
            .flatMap((s) => {
              const dept = byId.get(s.departmentId);
              if (!dept) return [];
              const binding = { personId: post.personId, memberships: [{ from: post.startDate, to: post.endDate }], exemptions: index.exemptionsOf(post.personId) };
              return [{ type: 'pair' as const, personId: post.personId, departmentId: dept.id, departmentPath: dept.path, label: `${names.get(post.personId) ?? ''} × ${dept.name}`, binding }];
            }),
        );
    }
  }
}
