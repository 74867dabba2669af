import crypto from 'node:crypto';
import { createRandom } from './random';

interface LedgerNode {
  id: string;
  kind: string;
  unitId?: string | null;
  parentId?: string | null;
}
interface LedgerPerson {
  id: string;
  unitId: string;
  departmentId: string;
  branchId?: string | null;
  politicalStatus: string;
}
interface LedgerPost {
  id?: string;
  personId: string;
  nodeId: string;
  role: string;
  endDate?: string | null;
}

export interface DemoLedger {
  records: {
    id: string;
    ownerNodeId: string;
    personId: string | null;
    kinds: string[];
    occurredOn: string;
    topic: string | null;
    lecturerPersonId: string | null;
    hostPersonId: string | null;
    details: Record<string, string>;
  }[];
  participants: { recordId: string; personId: string; present: boolean; absenceReason: string | null }[];
}

const THEMES = ['重温入党誓词', '学习贯彻全会精神', '走进社区开展志愿服务', '观看红色教育影片', '学习党章党规', '开展党史学习交流'];
const BOOKS = ['习近平谈治国理政', '之江新语', '摆脱贫困', '中国共产党简史', '论中国共产党历史', '红星照耀中国', '平凡的世界', '乡土中国'];
const ABSENCE = ['请假（出差）', '请假（病假）', '请假（外出学习）'];

/**
 * A plausible ledger for the demo city from January to last month: each 党支部's 支委会 and 主题党日
 * monthly, 党员大会 and 党课 quarterly (a few missed, so the overviews show gaps), the units'
 * 中心组学习 and 警示教育, and some members' 月读一书 — entered once, counting everywhere.
 */
export function buildDemoLedger(nodes: readonly LedgerNode[], people: readonly LedgerPerson[], posts: readonly LedgerPost[], today: string): DemoLedger {
  const rng = createRandom(20261121);
  const year = Number(today.slice(0, 4));
  const lastMonth = Number(today.slice(5, 7));
  const ledger: DemoLedger = { records: [], participants: [] };
  const dateIn = (month: number, from = 3, to = 26) => {
    const day = Math.min(rng.int(from, to), month === lastMonth ? Math.max(1, Number(today.slice(8, 10)) - 1) : 28);
    return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  };
  const add = (record: Omit<DemoLedger['records'][number], 'id' | 'details' | 'personId' | 'lecturerPersonId' | 'hostPersonId'> & Partial<DemoLedger['records'][number]>, attendees: readonly LedgerPerson[] = []) => {
    const id = crypto.randomUUID();
    ledger.records.push({ id, personId: null, lecturerPersonId: null, hostPersonId: null, details: {}, ...record });
    for (const p of attendees) {
      const present = rng.chance(0.92);
      ledger.participants.push({ recordId: id, personId: p.id, present, absenceReason: present ? null : rng.pick(ABSENCE) });
    }
  };
  const holder = (nodeId: string, role: string) => posts.find((p) => p.nodeId === nodeId && p.role === role && !p.endDate)?.personId ?? null;

  for (const branch of nodes.filter((n) => n.kind === 'branch')) {
    const members = people.filter((p) => p.branchId === branch.id);
    const secretary = holder(branch.id, 'branch_secretary');
    const committee = members.filter((p) => posts.some((x) => x.personId === p.id && x.nodeId === branch.id && !x.endDate));
    // The current month is left to be entered as it happens: its cells start grey (未到期).
    for (let month = 1; month < lastMonth; month++) {
      if (rng.chance(0.92)) add({ ownerNodeId: branch.id, kinds: ['committee_meeting'], occurredOn: dateIn(month), topic: '研究支部工作' }, committee);
      if (rng.chance(0.9)) {
        const withLecture = month % 3 === 0 && rng.chance(0.85);
        add(
          { ownerNodeId: branch.id, kinds: withLecture ? ['theme_day', 'party_lecture'] : ['theme_day'], occurredOn: dateIn(month), topic: rng.pick(THEMES), lecturerPersonId: withLecture ? secretary : null },
          members,
        );
      }
      if (month % 3 === 0 && rng.chance(0.9)) add({ ownerNodeId: branch.id, kinds: ['members_meeting'], occurredOn: dateIn(month), topic: '支部党员大会' }, members);
      // The seed's 集中换届 campaign: every branch elected its committee before 5月31日.
      if (month === 5) add({ ownerNodeId: branch.id, kinds: ['election', 'members_meeting'], occurredOn: dateIn(5, 10, 28), topic: '支部委员会换届选举' }, members);
    }
  }
  for (const unit of nodes.filter((n) => n.kind === 'unit')) {
    const leaders = people.filter((p) => posts.some((x) => x.personId === p.id && x.nodeId === unit.id && !x.endDate));
    const top = holder(unit.id, 'top_leader');
    for (let month = 1; month < lastMonth; month++) {
      if (rng.chance(0.9)) add({ ownerNodeId: unit.id, kinds: ['center_group_study'], occurredOn: dateIn(month), topic: '理论学习中心组集中学习', hostPersonId: top }, leaders);
      if (month % 3 === 0 && rng.chance(0.8)) add({ ownerNodeId: unit.id, kinds: ['warning_education'], occurredOn: dateIn(month), topic: '观看警示教育片' }, people.filter((p) => p.unitId === unit.id));
    }
  }
  for (const person of people.filter((p) => p.politicalStatus === 'party_member' && rng.chance(0.4))) {
    for (let month = 1; month < lastMonth; month++) {
      if (rng.chance(0.85)) add({ ownerNodeId: person.departmentId, personId: person.id, kinds: ['monthly_book'], occurredOn: dateIn(month, 20, 28), topic: null, details: { bookTitle: rng.pick(BOOKS) } });
    }
  }
  return ledger;
}
