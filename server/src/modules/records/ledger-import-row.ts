import {
  ACTIVITY_KIND_DEFINITIONS,
  ACTIVITY_KINDS,
  type ActivityKind,
  LEDGER_COLUMNS,
  type LedgerColumnKey,
  ORG_NODE_KIND_LABELS,
  type OrgNodeKind,
  RECORD_FIELD_DEFINITIONS,
  type RecordField,
  type RosterRowError,
  missingRequiredFields,
  normalizeText,
  parseLooseDate,
} from '@mofan/shared';
import { reportedValue } from '../roster/roster-row';

/** A node of the unit a row may name as 所属组织 (the unit itself, its 科室 and party organisations). */
export interface LedgerNode {
  id: string;
  kind: string;
  name: string;
  /** A 党小组's name after its 党支部's (第一党支部第一党小组): two branches may each have a 第一党小组. */
  qualifiedName: string;
}

export interface LedgerPerson {
  id: string;
  name: string;
  /** The last 4 characters of the 身份证号, upper case: what a clerk adds to tell two namesakes apart. */
  idTail: string;
  departmentId: string;
}

/** The unit a ledger is imported into: its nodes and its people by name. */
export interface LedgerDirectory {
  nodes: LedgerNode[];
  peopleByName: Map<string, LedgerPerson[]>;
}

export interface ValidLedgerRow {
  row: number;
  ownerNodeId: string;
  personId: string | null;
  kinds: ActivityKind[];
  occurredOn: string;
  endsOn: string | null;
  topic: string | null;
  hostPersonId: string | null;
  lecturerPersonId: string | null;
  lecturerName: string | null;
  notes: string | null;
  details: Record<string, string>;
  participants: { personId: string; present: boolean; absenceReason: string | null }[];
}

const HEADER = Object.fromEntries(LEDGER_COLUMNS.map((c) => [c.key, c.header])) as Record<LedgerColumnKey, string>;

/** The same limits as the records API (createRecordRequestSchema), so an import cannot store what the form may not. */
const LIMITS: Partial<Record<LedgerColumnKey, number>> = {
  topic: 200,
  notes: 2000,
  bookTitle: 500,
  place: 500,
  purpose: 500,
  community: 500,
  household: 500,
  familyMember: 500,
  triggerReason: 500,
  solution: 500,
  improvement: 500,
};
const LECTURER_NAME_MAX = 50;
const ABSENCE_REASON_MAX = 200;
const MAX_KINDS = 10;
const MAX_PEOPLE = 2000;

/** Text columns kept in the record's details, under the same key as the column. */
const DETAIL_COLUMNS = ['bookTitle', 'place', 'purpose', 'community', 'household', 'familyMember', 'triggerReason', 'solution', 'improvement'] as const;
/** Date columns kept in the record's details as YYYY-MM-DD, as the record form stores them. */
const DETAIL_DATE_COLUMNS = ['claimedOn', 'solvedOn'] as const;

/** The API field missingRequiredFields names → the column a clerk fills in for it. */
const COLUMN_OF_API_FIELD: Record<string, LedgerColumnKey> = {
  occurredOn: 'date',
  endsOn: 'endsOn',
  personId: 'person',
  ownerNodeId: 'owner',
  topic: 'topic',
  hostPersonId: 'host',
  lecturerPersonId: 'lecturer',
  notes: 'notes',
  participants: 'participants',
  ...Object.fromEntries([...DETAIL_COLUMNS, ...DETAIL_DATE_COLUMNS].map((c) => [`details.${c}`, c])),
};

/** The column a catalogue field is written in, if the template has one. */
function columnOfField(field: RecordField): LedgerColumnKey | undefined {
  const storage = RECORD_FIELD_DEFINITIONS[field].storage;
  switch (storage.in) {
    case 'details':
      return COLUMN_OF_API_FIELD[`details.${storage.key}`];
    case 'column':
      return COLUMN_OF_API_FIELD[storage.columns[0] === 'lecturer' ? 'lecturerPersonId' : (storage.columns[0] ?? '')];
    case 'participants':
      return storage.present ? 'participants' : 'absentees';
    case 'attachments':
      return undefined;
  }
}

/** The later stages (认领 → 解决 → 完善) of a staged kind, each with the columns it fills. */
function laterStagesOf(kind: ActivityKind): { label: string; columns: LedgerColumnKey[] }[] {
  return (ACTIVITY_KIND_DEFINITIONS[kind].stages ?? []).slice(1).map((stage) => ({
    label: stage.label,
    columns: stage.fields.map(columnOfField).filter((c): c is LedgerColumnKey => c !== undefined),
  }));
}

const STAGED_KINDS = ACTIVITY_KINDS.filter((k) => laterStagesOf(k).length > 0);
/** Every column a later stage fills: only a row of a staged kind may fill them. */
const STAGE_COLUMNS = [...new Set(STAGED_KINDS.flatMap((k) => laterStagesOf(k).flatMap((s) => s.columns)))];

/**
 * Kind labels as clerks write them: the full label (政治生日（重温入党誓词）), the label without its
 * parenthesis (政治生日) or without quotes, and the code. A short form two kinds share is left out.
 */
const KIND_BY_LABEL: Map<string, ActivityKind> = (() => {
  const forms = new Map<string, Set<ActivityKind>>();
  const add = (form: string, kind: ActivityKind) => {
    const key = normalizeText(form).replace(/\s/g, '');
    if (!key) return;
    const set = forms.get(key) ?? new Set<ActivityKind>();
    set.add(kind);
    forms.set(key, set);
  };
  for (const kind of ACTIVITY_KINDS) {
    const label = ACTIVITY_KIND_DEFINITIONS[kind].label;
    add(kind, kind);
    add(label, kind);
    const bare = normalizeText(label).replace(/\([^()]*\)/g, '');
    add(bare, kind);
    add(bare.replace(/[“”"]/g, ''), kind);
  }
  const exact = new Set(ACTIVITY_KINDS.map((k) => normalizeText(ACTIVITY_KIND_DEFINITIONS[k].label).replace(/\s/g, '')));
  const map = new Map<string, ActivityKind>();
  for (const [form, kinds] of forms) {
    const only = [...kinds][0];
    if (only && (kinds.size === 1 || exact.has(form))) map.set(form, only);
  }
  return map;
})();

/** The kind a clerk's label names, or undefined. */
export function kindOfLabel(label: string): ActivityKind | undefined {
  return KIND_BY_LABEL.get(normalizeText(label).replace(/\s/g, ''));
}

/**
 * Splits a list cell on 、 , ; (and, for names, spaces), but never inside parentheses: a reason
 * such as （出差、培训） or the label 清洁机关检查（抽查、评比、通报） stays whole.
 */
export function splitList(value: string, splitOnSpace: boolean): string[] {
  const items: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of value) {
    if (ch === '(' || ch === '（') depth += 1;
    if (ch === ')' || ch === '）') depth = Math.max(0, depth - 1);
    const separator = ch === '、' || ch === ',' || ch === ';' || (splitOnSpace && ch === ' ');
    if (separator && depth === 0) {
      if (current.trim()) items.push(current.trim());
      current = '';
    } else {
      current += ch;
    }
  }
  if (current.trim()) items.push(current.trim());
  return items;
}

/** 张三 / 张三（1234） / 张三（出差） / 张三（1234）（出差）: the name, the 身份证号 tail if any, the other notes. */
function parseNameToken(token: string): { name: string; tail: string | null; notes: string[] } | null {
  const m = /^([^()]+?)\s*((?:\([^()]*\)\s*)*)$/.exec(token);
  if (!m) return null;
  const name = (m[1] ?? '').trim();
  let tail: string | null = null;
  const notes: string[] = [];
  for (const g of (m[2] ?? '').matchAll(/\(([^()]*)\)/g)) {
    const inner = (g[1] ?? '').trim();
    if (tail === null && /^\d{3}[\dXx]$/.test(inner)) tail = inner.toUpperCase();
    else if (inner) notes.push(inner);
  }
  return { name, tail, notes };
}

type Resolved = { person: LedgerPerson; problem: null } | { person: null; problem: string; unknown: boolean };

function resolvePerson(directory: LedgerDirectory, name: string, tail: string | null): Resolved {
  const namesakes = directory.peopleByName.get(name) ?? [];
  const candidates = tail ? namesakes.filter((p) => p.idTail === tail) : namesakes;
  const only = candidates[0];
  if (candidates.length === 1 && only) return { person: only, problem: null };
  if (candidates.length === 0) {
    if (namesakes.length === 0) return { person: null, problem: `本单位没有“${name}”`, unknown: true };
    return { person: null, problem: `本单位没有身份证号后4位为 ${tail ?? ''} 的“${name}”`, unknown: false };
  }
  return { person: null, problem: `本单位有 ${candidates.length} 人名为“${name}”，请写作 ${name}（身份证号后4位）`, unknown: false };
}

/** A 科室 or 党组织 (or the unit) by its full name, its 党小组 name after its 党支部, or the end of its name. */
function resolveOwner(directory: LedgerDirectory, name: string): { node: LedgerNode | null; problem: string | null } {
  const pick = (found: LedgerNode[]) => {
    const only = found[0];
    if (found.length === 1 && only) return { node: only, problem: null };
    return found.length > 1 ? { node: null, problem: '有多个组织与该名称相符，请填写全称（党小组可写作 党支部名+党小组名）' } : null;
  };
  return (
    pick(directory.nodes.filter((n) => n.name === name || n.qualifiedName === name)) ??
    pick(directory.nodes.filter((n) => n.name.endsWith(name) || n.qualifiedName.endsWith(name))) ?? { node: null, problem: '本单位没有该组织' }
  );
}

/** A month written for a monthly kind (月读一书): 2026-02, 2026/2, 2026.2, 2026年2月 → its first day. */
function parseMonth(value: string): string | null {
  const m = /^(\d{4})[-/.年](\d{1,2})月?$/.exec(value);
  if (!m) return null;
  return parseLooseDate(`${m[1]}-${m[2]}-01`);
}

/**
 * A past 办实事 is imported at whatever stage it reached, but stage by stage: a stage is filled
 * whole (解决 needs both 解决日期 and 解决情况) and only after the ones before it, so a row never
 * claims a solution without the claim that led to it.
 */
function checkStages(kinds: readonly ActivityKind[], v: Record<LedgerColumnKey, string>, fail: (key: LedgerColumnKey, message: string) => void): void {
  const blamed = new Set<LedgerColumnKey>();
  const blame = (key: LedgerColumnKey, message: string) => {
    if (blamed.has(key)) return;
    blamed.add(key);
    fail(key, message);
  };
  for (const kind of kinds) {
    const stages = laterStagesOf(kind);
    stages.forEach((stage, i) => {
      const filled = stage.columns.filter((c) => v[c]);
      const later = stages.slice(i + 1).find((s) => s.columns.some((c) => v[c]));
      if (filled.length === stage.columns.length || (filled.length === 0 && !later)) return;
      for (const c of stage.columns) {
        if (v[c]) continue;
        if (filled.length > 0) blame(c, `${stage.label}须同时填写${stage.columns.map((x) => HEADER[x]).join('、')}`);
        else if (later) blame(c, `已填写“${later.label}”，须先填写“${stage.label}”的${HEADER[c]}`);
      }
    });
  }
}

/**
 * Checks one ledger row as the records API would (records.service checkRecord) and resolves the
 * names it uses. Returns every problem found, each with the row, the column header, the value and
 * the reason, or the row ready to insert.
 */
export function validateLedgerRow(rowNumber: number, raw: Record<LedgerColumnKey, string>, directory: LedgerDirectory, today: string): { errors: RosterRowError[]; row: ValidLedgerRow | null } {
  const v = Object.fromEntries(Object.entries(raw).map(([k, value]) => [k, normalizeText(value)])) as Record<LedgerColumnKey, string>;
  const errors: RosterRowError[] = [];
  const fail = (key: LedgerColumnKey, message: string, value = raw[key] ?? '') => errors.push({ row: rowNumber, field: HEADER[key], value: reportedValue(value), message });

  for (const [key, max] of Object.entries(LIMITS) as [LedgerColumnKey, number][]) {
    if (Array.from(v[key]).length > max) fail(key, `${HEADER[key]}过长（最多${max}字）`);
  }

  // 活动类型
  const kinds: ActivityKind[] = [];
  if (!v.kinds) fail('kinds', '必填');
  for (const label of splitList(v.kinds, false)) {
    const kind = kindOfLabel(label);
    if (!kind) fail('kinds', `没有这种活动类型：${label}（见“填写说明”）`);
    else if (kinds.includes(kind)) fail('kinds', `活动类型重复：${label}`);
    else kinds.push(kind);
  }
  if (kinds.length > MAX_KINDS) fail('kinds', `一行最多${MAX_KINDS}种活动类型`);
  const personalKinds = kinds.filter((k) => ACTIVITY_KIND_DEFINITIONS[k].scope === 'personal');
  const orgKinds = kinds.filter((k) => ACTIVITY_KIND_DEFINITIONS[k].scope !== 'personal');
  const labels = (list: ActivityKind[]) => list.map((k) => ACTIVITY_KIND_DEFINITIONS[k].label).join('、');
  if (personalKinds.length > 0 && orgKinds.length > 0) {
    fail('kinds', `个人记录（${labels(personalKinds)}）与组织台账（${labels(orgKinds)}）须分行填写`);
  }
  const personal = personalKinds.length > 0 && orgKinds.length === 0;

  // 日期, 结束日期
  let occurredOn: string | null = null;
  if (!v.date) fail('date', '必填');
  else {
    const monthly = kinds.length > 0 && kinds.every((k) => ACTIVITY_KIND_DEFINITIONS[k].fields.some((f) => f.field === 'month'));
    occurredOn = parseLooseDate(v.date) ?? (monthly ? parseMonth(v.date) : null);
    if (!occurredOn) fail('date', monthly ? '日期无效，应如 2026-02-15 或 2026-02' : '日期无效，应如 2026-02-15、2026/2/15 或 2026年2月15日');
    else if (occurredOn > today) fail('date', '台账记录已发生的活动，日期不能晚于今天');
  }
  let endsOn: string | null = null;
  if (v.endsOn) {
    endsOn = parseLooseDate(v.endsOn);
    if (!endsOn) fail('endsOn', '日期无效，应如 2026-02-15');
    else if (occurredOn && endsOn < occurredOn) fail('endsOn', '结束日期不能早于活动日期');
  }

  // 本人
  let subject: LedgerPerson | null = null;
  if (v.person) {
    if (!personal && kinds.length > 0 && personalKinds.length === 0) fail('person', '组织台账不填本人；本人只用于月读一书等个人记录');
    else {
      const token = parseNameToken(v.person);
      if (!token || token.notes.length > 0 || splitList(v.person, true).length > 1) fail('person', '只填一人的姓名；重名时写作 姓名（身份证号后4位）');
      else {
        const found = resolvePerson(directory, token.name, token.tail);
        if (found.person) subject = found.person;
        else fail('person', found.problem);
      }
    }
  }

  // 所属组织
  let owner: LedgerNode | null = null;
  if (v.owner) {
    const found = resolveOwner(directory, v.owner);
    owner = found.node;
    if (found.problem) fail('owner', found.problem);
  } else if (!personal) {
    fail('owner', '必填');
  }
  if (owner && !personal) {
    for (const kind of orgKinds) {
      const definition = ACTIVITY_KIND_DEFINITIONS[kind];
      if (definition.ownerKinds.length > 0 && !definition.ownerKinds.includes(owner.kind as OrgNodeKind)) {
        const where = definition.ownerKinds.map((k) => ORG_NODE_KIND_LABELS[k]).join('、');
        fail('owner', `${definition.label}不能记在${ORG_NODE_KIND_LABELS[owner.kind as OrgNodeKind] ?? '该类组织'}下（应为${where}）`);
      }
    }
  }

  // 主持人, 主讲人
  let host: LedgerPerson | null = null;
  if (v.host) {
    const token = parseNameToken(v.host);
    if (!token || token.notes.length > 0 || splitList(v.host, true).length > 1) fail('host', '只填一人的姓名；重名时写作 姓名（身份证号后4位）');
    else {
      const found = resolvePerson(directory, token.name, token.tail);
      if (found.person) host = found.person;
      else fail('host', found.problem);
    }
  }
  let lecturer: LedgerPerson | null = null;
  let lecturerName: string | null = null;
  if (v.lecturer) {
    const token = parseNameToken(v.lecturer);
    const found = token && token.notes.length === 0 ? resolvePerson(directory, token.name, token.tail) : null;
    if (found?.person) lecturer = found.person;
    else if (found && !found.unknown) fail('lecturer', found.problem);
    // Someone the unit does not know is an invited lecturer (市委党校王教授), kept by name as the form does.
    else if (Array.from(v.lecturer).length > LECTURER_NAME_MAX) fail('lecturer', `外请主讲人过长（最多${LECTURER_NAME_MAX}字）`);
    else lecturerName = v.lecturer;
  }

  // 参加人员, 缺席人员
  const participants: ValidLedgerRow['participants'] = [];
  const seen = new Map<string, LedgerColumnKey>();
  const addPeople = (key: 'participants' | 'absentees') => {
    for (const item of splitList(v[key], true)) {
      const token = parseNameToken(item);
      if (!token || (key === 'participants' && token.notes.length > 0)) {
        fail(key, key === 'participants' ? `“${item}”：参加人员只写姓名，重名时写作 姓名（身份证号后4位）` : `“${item}”：应写作 姓名（原因）`, item);
        continue;
      }
      const found = resolvePerson(directory, token.name, token.tail);
      if (!found.person) {
        fail(key, found.problem, item);
        continue;
      }
      const reason = token.notes.join('，');
      if (Array.from(reason).length > ABSENCE_REASON_MAX) fail(key, `“${token.name}”的缺席原因过长（最多${ABSENCE_REASON_MAX}字）`, item);
      const earlier = seen.get(found.person.id);
      if (earlier) {
        fail(key, earlier === key ? `“${item}”重复` : `“${item}”已写在${HEADER[earlier]}中`, item);
        continue;
      }
      seen.set(found.person.id, key);
      participants.push({ personId: found.person.id, present: key === 'participants', absenceReason: key === 'absentees' ? reason || null : null });
    }
  };
  addPeople('participants');
  addPeople('absentees');
  if (participants.length > MAX_PEOPLE) fail('participants', `一条记录最多${MAX_PEOPLE}人`);

  // 认领日期, 解决日期, 解决情况, 完善机制: the later stages of a staged kind (为群众办实事).
  const details: Record<string, string> = {};
  for (const c of DETAIL_COLUMNS) if (v[c]) details[c] = v[c];
  const stagedKinds = kinds.filter((k) => STAGED_KINDS.includes(k));
  if (stagedKinds.length === 0) {
    const only = labels(STAGED_KINDS);
    for (const c of STAGE_COLUMNS) if (v[c]) fail(c, `${HEADER[c]}只用于${only}`);
  } else {
    checkStages(stagedKinds, v, fail);
    // Each stage's date follows the one before: need (活动日期) → 认领 → 解决.
    let previous: { header: string; date: string } | null = occurredOn ? { header: '活动日期', date: occurredOn } : null;
    for (const c of DETAIL_DATE_COLUMNS) {
      if (!v[c]) continue;
      const date = parseLooseDate(v[c]);
      if (!date) fail(c, '日期无效，应如 2026-02-15');
      else if (date > today) fail(c, `${HEADER[c]}不能晚于今天`);
      else if (previous && date < previous.date) fail(c, `${HEADER[c]}不能早于${previous.header}`);
      if (date) {
        details[c] = date;
        previous = { header: HEADER[c], date };
      }
    }
  }

  // Fields the kinds require. A filled cell counts as filled here even if its name did not
  // resolve: that cell already has its own problem, and one problem per cell is enough.
  // A row mixing the two scopes is split by the clerk first; what each half lacks is told then.
  const missing = personalKinds.length > 0 && orgKinds.length > 0 ? [] : missingRequiredFields(kinds, {
    personId: v.person || null,
    occurredOn: v.date || 'given',
    topic: v.topic || null,
    hostPersonId: v.host || null,
    lecturerPersonId: v.lecturer || null,
    lecturerName: null,
    notes: v.notes || null,
    details,
    presentCount: splitList(v.participants, true).length,
  });
  for (const m of missing) fail(COLUMN_OF_API_FIELD[m.field] ?? 'kinds', m.message);

  const ownerNodeId = owner?.id ?? (personal ? subject?.departmentId : undefined);
  if (errors.length > 0 || !occurredOn || !ownerNodeId || kinds.length === 0 || (personal && !subject)) return { errors, row: null };
  return {
    errors,
    row: {
      row: rowNumber,
      ownerNodeId,
      personId: personal ? (subject?.id ?? null) : null,
      kinds,
      occurredOn,
      endsOn,
      topic: v.topic || null,
      hostPersonId: host?.id ?? null,
      lecturerPersonId: lecturer?.id ?? null,
      lecturerName,
      notes: v.notes || null,
      details,
      participants,
    },
  };
}
