import { describe, expect, it } from 'vitest';
import {
  ACTIVITY_KIND_DEFINITIONS,
  ACTIVITY_KINDS,
  ACTIVITY_KIND_LABELS,
  PROGRAMME_CODES,
  PROGRAMMES,
  RECORD_FIELD_DEFINITIONS,
  REQUIREMENT_CATALOGUE,
  burdenMarkdown,
  burdenOfKind,
  burdenTable,
  catalogueRowId,
  isActivityKind,
  programmeByCode,
  requirementById,
  ruleSpecProblems,
  type ActivityKind,
  type RequirementDefinition,
  type RuleSpec,
} from './index';

/** Every row of the table in domain.md §4: its id and its seed column, copied from the document. */
const DOMAIN_TABLE: [string, string[]][] = [
  ['study.center_group', ['000']],
  ['study.reading_class', ['000']],
  ['study.first_topic', ['000']],
  ['org.election', ['000']],
  ['org.members_meeting', ['支部工作条例']],
  ['org.committee_meeting', ['支部工作条例']],
  ['org.group_meeting', ['支部工作条例']],
  ['org.party_lecture', ['支部工作条例']],
  ['org.theme_day', ['000', '001']],
  ['org.life_meeting', ['000', '002']],
  ['org.dual_life', ['000', '002']],
  ['org.charter_study', ['000']],
  ['org.lecture_by_leader', ['000']],
  ['org.political_birthday', ['000']],
  ['org.secretary_training', ['001']],
  ['org.double_report', ['001', '004']],
  ['work.weekly_huddle', ['000']],
  ['work.monthly_summary', ['000']],
  ['work.quarterly_check', ['000']],
  ['work.half_year_retreat', ['000']],
  ['care.union_activity', ['000']],
  ['skill.monthly_book', ['000']],
  ['skill.monday_lecture', ['000']],
  ['skill.research_topic', ['000']],
  ['skill.research_exchange', ['000']],
  ['skill.quarterly_exam', ['000']],
  ['skill.qa_bank', ['000']],
  ['clean.annual_plan', ['000']],
  ['clean.leadership_study', ['000']],
  ['clean.annual_report', ['000']],
  ['clean.leader_hears_report', ['000']],
  ['clean.leader_lecture', ['000']],
  ['clean.leader_talk', ['000']],
  ['clean.top_leader_lecture', ['004']],
  ['clean.warning_education', ['000']],
  ['clean.family_activity', ['000']],
  ['clean.family_pledge', ['000']],
  ['clean.eco_analysis', ['000', '004']],
  ['clean.new_staff_education', ['001']],
  ['field.site_office', ['000']],
  ['field.propaganda', ['000']],
  ['field.days_leader', ['000']],
  ['field.days_staff', ['000']],
  ['field.org_practical_matter', ['000']],
  ['field.pair_household', ['000']],
  ['field.person_practical_matter', ['000']],
  ['field.mass_contact', ['002']],
  ['env.clean_office', ['000']],
  ['care.heart_talk', ['000', '002']],
];
const ROW_IDS = DOMAIN_TABLE.map(([id]) => id);

const byId = (id: string): RequirementDefinition => {
  const r = requirementById(id);
  if (!r) throw new Error(`missing ${id}`);
  return r;
};
const kindsOf = (r: RequirementDefinition) => r.evidence.filter(isActivityKind).map((k) => ACTIVITY_KIND_DEFINITIONS[k]);

describe('requirement catalogue', () => {
  it('has every id of domain.md §4 exactly once', () => {
    expect(ROW_IDS).toHaveLength(49);
    for (const id of ROW_IDS) expect(REQUIREMENT_CATALOGUE.filter((r) => r.id === id), id).toHaveLength(1);
  });

  it('has unique ids, and every other id is a sub-duty of a §4 row', () => {
    const ids = REQUIREMENT_CATALOGUE.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) {
      expect(id).toMatch(/^[a-z]+\.[a-z_]+(\.[a-z_]+)?$/);
      expect(ROW_IDS, id).toContain(catalogueRowId(id));
    }
  });

  it('keeps the seed column of the table as sources, for the row and its sub-duties', () => {
    for (const [id, seeds] of DOMAIN_TABLE) {
      for (const r of REQUIREMENT_CATALOGUE.filter((x) => catalogueRowId(x.id) === id)) expect(r.sources, r.id).toEqual(seeds);
    }
  });

  it('names only evidence kinds that exist', () => {
    for (const r of REQUIREMENT_CATALOGUE) {
      expect(r.evidence.length, r.id).toBeGreaterThan(0);
      expect(new Set(r.evidence).size, r.id).toBe(r.evidence.length);
      for (const k of r.evidence) expect(ACTIVITY_KINDS as readonly string[], `${r.id}: ${k}`).toContain(k);
    }
  });

  it('tags only dimensions of the named programme, and at least one of each programme seed it comes from', () => {
    for (const r of REQUIREMENT_CATALOGUE) {
      expect(r.dimensions.length, r.id).toBeGreaterThan(0);
      for (const tag of r.dimensions) {
        expect(programmeByCode(tag.programme).dimensions.map((d) => d.code), `${r.id}: ${tag.programme}/${tag.dimension}`).toContain(tag.dimension);
      }
      const keys = r.dimensions.map((t) => `${t.programme}/${t.dimension}`);
      expect(new Set(keys).size, r.id).toBe(keys.length);
      for (const seed of r.sources) {
        if ((PROGRAMME_CODES as readonly string[]).includes(seed)) expect(r.dimensions.some((t) => t.programme === seed), `${r.id} → ${seed}`).toBe(true);
      }
    }
  });

  it('has a valid rule for every requirement', () => {
    for (const r of REQUIREMENT_CATALOGUE) expect(ruleSpecProblems(r.rule), r.id).toEqual([]);
  });

  it('needs no photo: no evidence kind of any requirement requires an attachment', () => {
    for (const r of REQUIREMENT_CATALOGUE) {
      for (const kind of kindsOf(r)) {
        for (const f of kind.fields.filter((x) => x.required)) expect(RECORD_FIELD_DEFINITIONS[f.field].media, `${r.id}: ${kind.id}.${f.field}`).toBe(false);
      }
    }
  });

  it('states the table’s rules and targets', () => {
    expect(byId('org.election').rule).toEqual({ kind: 'deadline', month: 5, day: 31 });
    expect(byId('clean.annual_report').rule).toEqual({ kind: 'deadline', month: 12, day: 31 });
    expect(byId('skill.research_topic').rule).toEqual({ kind: 'deadline', month: 1, day: 31 });
    expect(byId('skill.research_topic.report').rule).toEqual({ kind: 'deadline', month: 5, day: 31 });
    expect(byId('field.days_leader').rule).toEqual({ kind: 'amount', min: 90, unit: 'day', per: 'year' });
    expect(byId('field.days_staff').rule).toEqual({ kind: 'amount', min: 60, unit: 'day', per: 'year' });
    expect(byId('field.days_staff').target).toEqual({ kind: 'person', who: 'department_staff' });
    expect(byId('clean.warning_education').rule).toEqual({ kind: 'count', min: 4, per: 'year' });
    expect(byId('clean.family_pledge').rule).toMatchObject({ kind: 'coverage', ratio: 1 });
    expect(byId('field.mass_contact').rule).toMatchObject({ kind: 'coverage', ratio: 1 });
    expect(byId('work.weekly_huddle').rule).toEqual({ kind: 'count', min: 1, per: 'week' });
    expect(byId('work.half_year_retreat').rule).toEqual({ kind: 'count', min: 1, per: 'half_year' });
    expect(byId('org.committee_meeting').rule).toEqual({ kind: 'count', min: 1, per: 'month' });
    expect(byId('org.members_meeting').rule).toEqual({ kind: 'count', min: 1, per: 'quarter' });
    expect(byId('org.group_meeting').target).toEqual({ kind: 'party_org', levels: ['party_group'] });
    expect(byId('org.political_birthday').rule).toMatchObject({ kind: 'trigger', event: 'party_anniversary' });
    expect(byId('care.heart_talk').rule).toMatchObject({ kind: 'trigger', event: 'post_changed' });
    expect(byId('clean.new_staff_education').rule).toMatchObject({ kind: 'trigger', event: 'hired' });
    // Per (班子成员 × 分管科室): a leader in charge of three 科室 has three 廉政谈话 duties.
    expect(byId('clean.leader_talk').target).toEqual({ kind: 'leader_department_pair' });
    expect(byId('clean.leader_hears_report').target).toEqual({ kind: 'leader_department_pair' });
    expect(byId('clean.top_leader_lecture').target).toEqual({ kind: 'person', who: 'top_leader' });
  });

  it('splits bundled rows into the row id and prefixed sub-ids', () => {
    expect(byId('clean.family_activity').evidence).toEqual(['family_activity']);
    expect(byId('clean.family_activity.visit').evidence).toEqual(['family_visit']);
    expect(byId('field.pair_household').evidence).toEqual(['pair_registration']);
    expect(byId('field.pair_household.visit').rule).toEqual({ kind: 'count', min: 1, per: 'quarter' });
    expect(byId('org.lecture_by_leader').target).toEqual({ kind: 'person', who: 'party_leader' });
    expect(byId('org.lecture_by_leader.secretary').target).toEqual({ kind: 'person', who: 'branch_secretary' });
  });

  it('lets one 主题党日 with a 党课 and a 警示教育片 count for three requirements', () => {
    const kinds: ActivityKind[] = ['theme_day', 'party_lecture', 'warning_education'];
    const matched = REQUIREMENT_CATALOGUE.filter((r) => r.evidence.some((k) => (kinds as string[]).includes(k))).map((r) => r.id);
    expect(matched).toEqual(expect.arrayContaining(['org.theme_day', 'org.party_lecture', 'clean.warning_education', 'org.lecture_by_leader']));
  });

  it('can credit a person for every person or pair requirement', () => {
    for (const r of REQUIREMENT_CATALOGUE.filter((x) => x.target.kind === 'person' || x.target.kind === 'leader_department_pair')) {
      for (const kind of kindsOf(r)) expect(kind.credits.length, `${r.id}: ${kind.id}`).toBeGreaterThan(0);
    }
    // Pairs need the leader and the 科室: a host or lecturer, on a record a 科室 can own.
    for (const r of REQUIREMENT_CATALOGUE.filter((x) => x.target.kind === 'leader_department_pair')) {
      for (const kind of kindsOf(r)) {
        expect(kind.ownerKinds, `${r.id}: ${kind.id}`).toContain('department');
        expect(kind.fields.some((f) => f.required && (f.field === 'host' || f.field === 'lecturer')), `${r.id}: ${kind.id}`).toBe(true);
      }
    }
  });

  it('can place every org-level record: department and unit targets have kinds their nodes can own', () => {
    for (const r of REQUIREMENT_CATALOGUE.filter((x) => x.target.kind === 'department')) {
      for (const kind of kindsOf(r)) expect(kind.ownerKinds, `${r.id}: ${kind.id}`).toContain('department');
    }
    for (const r of REQUIREMENT_CATALOGUE.filter((x) => x.target.kind === 'party_org')) {
      const levels = r.target.kind === 'party_org' ? r.target.levels : [];
      for (const kind of kindsOf(r)) for (const level of levels) expect(kind.ownerKinds, `${r.id}: ${kind.id}`).toContain(level);
    }
  });

  it('gives amount rules evidence that carries dates to count days from', () => {
    for (const r of REQUIREMENT_CATALOGUE.filter((x) => x.rule.kind === 'amount')) {
      for (const kind of kindsOf(r)) expect(kind.fields.some((f) => f.required && (f.field === 'date_range' || f.field === 'date')), kind.id).toBe(true);
    }
  });
});

describe('activity kinds', () => {
  it('are unique snake_case ids with a Chinese label, each used by some requirement', () => {
    expect(new Set(ACTIVITY_KINDS).size).toBe(ACTIVITY_KINDS.length);
    for (const k of ACTIVITY_KINDS) {
      expect(k).toMatch(/^[a-z][a-z0-9_]{1,39}$/);
      expect(ACTIVITY_KIND_DEFINITIONS[k].id).toBe(k);
      expect(ACTIVITY_KIND_LABELS[k]).toMatch(/[\u4e00-\u9fff]/);
      expect(REQUIREMENT_CATALOGUE.some((r) => r.evidence.includes(k)), k).toBe(true);
    }
  });

  it('ask the owner and date of org records and the person of personal ones', () => {
    for (const k of ACTIVITY_KINDS) {
      const d = ACTIVITY_KIND_DEFINITIONS[k];
      const required = d.fields.filter((f) => f.required).map((f) => f.field);
      if (d.scope === 'org') {
        expect(required, k).toEqual(expect.arrayContaining(['owner', 'date']));
        expect(d.ownerKinds.length, k).toBeGreaterThan(0);
      } else {
        expect(required, k).toContain('person');
        expect(required.some((f) => f === 'date' || f === 'month' || f === 'date_range'), k).toBe(true);
        expect(d.ownerKinds, k).toEqual([]);
      }
      const fields = d.fields.map((f) => f.field);
      expect(new Set(fields).size, k).toBe(fields.length);
      for (const c of d.credits) expect(fields, `${k} credits ${c}`).toContain(c);
      // Every required field beyond the basics says which requirement needs it.
      for (const f of d.fields.filter((x) => x.required && !['owner', 'person', 'date', 'month'].includes(x.field))) expect(f.reason, `${k}.${f.field}`).toBeTruthy();
      expect(d.fields.find((f) => f.field === 'attachments'), k).toEqual({ field: 'attachments', required: false, label: undefined });
    }
  });

  it('ask what the issue names for the personal and lecture kinds', () => {
    const required = (k: ActivityKind) => ACTIVITY_KIND_DEFINITIONS[k].fields.filter((f) => f.required).map((f) => f.field);
    expect(required('party_lecture')).toContain('lecturer');
    expect(required('monthly_book')).toEqual(expect.arrayContaining(['person', 'month', 'book_title']));
    expect(required('field_trip')).toEqual(expect.arrayContaining(['person', 'date_range', 'place', 'purpose']));
    expect(required('pair_registration')).toContain('household');
    expect(ACTIVITY_KIND_DEFINITIONS.practical_matter.stages?.map((s) => s.id)).toEqual(['need', 'claim', 'solve', 'improve']);
  });
});

describe('burden table', () => {
  it('has one row per kind, none requiring a photo', () => {
    const rows = burdenTable();
    expect(rows.map((r) => r.kind)).toEqual([...ACTIVITY_KINDS]);
    for (const r of rows) {
      expect(r.photoRequired, r.kind).toBe(false);
      expect(r.requiredFields.length, r.kind).toBeGreaterThan(0);
      expect(r.steps.length, r.kind).toBeGreaterThan(0);
      expect(r.countsFor.length, r.kind).toBeGreaterThan(0);
    }
  });

  it('lists required fields with the kind’s own labels, and the stages a staged record takes', () => {
    const lecture = burdenOfKind(ACTIVITY_KIND_DEFINITIONS.propaganda);
    expect(lecture.requiredFields.map((f) => f.label)).toEqual(['所属组织', '日期', '宣讲人', '地点']);
    expect(lecture.steps).toHaveLength(1);
    const matter = burdenOfKind(ACTIVITY_KIND_DEFINITIONS.practical_matter);
    expect(matter.steps).toHaveLength(4);
    // It counts once solved, so the 解决问题 fields are required; 完善机制 is asked but not required.
    expect(matter.requiredFields.map((f) => f.field)).toEqual(['person', 'date', 'topic', 'claimed_on', 'solved_on', 'solution']);
    expect(matter.optionalFields.map((f) => f.field)).toContain('improvement');
    expect(matter.countsFor).toEqual(expect.arrayContaining(['field.person_practical_matter', 'field.mass_contact']));
  });

  it('flags a kind that would require a photo', () => {
    const bad = {
      ...ACTIVITY_KIND_DEFINITIONS.theme_day,
      fields: [...ACTIVITY_KIND_DEFINITIONS.theme_day.fields.filter((f) => f.field !== 'attachments'), { field: 'attachments' as const, required: true }],
    };
    expect(burdenOfKind(bad).photoRequired).toBe(true);
  });

  it('renders a Markdown page naming every kind', () => {
    const md = burdenMarkdown();
    for (const k of ACTIVITY_KINDS) expect(md).toContain(`| ${ACTIVITY_KIND_LABELS[k]} |`);
    expect(md.split('\n').filter((l) => l.startsWith('| ')).length).toBe(ACTIVITY_KINDS.length + 1);
  });
});

describe('programmes', () => {
  it('ship the five programmes with their seed dimension names', () => {
    expect(PROGRAMMES.map((p) => p.code)).toEqual([...PROGRAMME_CODES]);
    const names = (code: (typeof PROGRAMME_CODES)[number], group?: string) =>
      programmeByCode(code)
        .dimensions.filter((d) => !group || d.group === group)
        .map((d) => d.name);
    expect(names('000')).toEqual(['政治清明', '干部清正', '业务清楚', '作风清廉', '氛围清新']);
    expect(names('001', '五型')).toEqual(['政治型', '服务型', '实干型', '文明型', '廉洁型']);
    expect(names('001', '六廉')).toEqual(['讲廉', '传廉', '唱廉', '示廉', '思廉', '助廉']);
    expect(names('002')).toEqual(['讲政治', '守纪律', '负责任', '有效率']);
    expect(names('003', '作风领域')).toEqual(['思想作风', '工作作风', '领导作风', '生活作风']);
    for (const p of PROGRAMMES) {
      expect(p.seed).toBe(p.code);
      const codes = p.dimensions.map((d) => d.code);
      expect(new Set(codes).size, p.code).toBe(codes.length);
      for (const c of codes) expect(c).toMatch(/^[a-z][a-z_]*$/);
    }
  });

  it('has every dimension served by some requirement, except where the seeds name no duty', () => {
    const unserved = PROGRAMMES.flatMap((p) =>
      p.dimensions.filter((d) => !REQUIREMENT_CATALOGUE.some((r) => r.dimensions.some((t) => t.programme === p.code && t.dimension === d.code))).map((d) => `${p.code}/${d.code}`),
    );
    // 唱廉 (廉政文艺) has no duty in the seeds; a unit adds its own item when localising.
    expect(unserved).toEqual(['001/integrity_sing']);
  });
});

describe('ruleSpecProblems', () => {
  const bad: [RuleSpec, string][] = [
    [{ kind: 'count', min: 0, per: 'month' }, '次数须为正整数'],
    [{ kind: 'count', min: 1.5, per: 'month' }, '次数须为正整数'],
    [{ kind: 'amount', min: -1, unit: 'day', per: 'year' }, '天数须大于0'],
    [{ kind: 'coverage', ratio: 1.2, per: 'once' }, '覆盖率须大于0且不超过100%'],
    [{ kind: 'coverage', ratio: 0, per: 'year' }, '覆盖率须大于0且不超过100%'],
    [{ kind: 'deadline', month: 2, day: 30 }, '截止日期不存在'],
    [{ kind: 'deadline', month: 2, day: 29 }, '截止日期不存在'],
    [{ kind: 'deadline', month: 13, day: 1 }, '截止月份须为1—12'],
    [{ kind: 'deadline', month: 0, day: 1 }, '截止月份须为1—12'],
    [{ kind: 'trigger', event: 'hired', withinDays: 0 }, '期限天数须为正整数'],
  ];
  it.each(bad)('refuses %j', (rule, message) => {
    expect(ruleSpecProblems(rule)).toContain(message);
  });

  it('accepts boundary values', () => {
    expect(ruleSpecProblems({ kind: 'deadline', month: 12, day: 31 })).toEqual([]);
    expect(ruleSpecProblems({ kind: 'deadline', month: 2, day: 28 })).toEqual([]);
    expect(ruleSpecProblems({ kind: 'coverage', ratio: 1, per: 'once' })).toEqual([]);
    expect(ruleSpecProblems({ kind: 'trigger', event: 'party_anniversary', withinDays: 1 })).toEqual([]);
  });
});
