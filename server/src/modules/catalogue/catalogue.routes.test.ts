import type { CatalogueResponse } from '@mofan/shared';
import { describe, expect, it } from 'vitest';
import { createUser } from '../../../test/factories';
import { call, login, useTestApp } from '../../../test/test-app';

const t = useTestApp();

/** Every id of the requirement table in domain.md §4. */
const DOMAIN_IDS = [
  'study.center_group', 'study.reading_class', 'study.first_topic', 'org.election', 'org.members_meeting', 'org.committee_meeting', 'org.group_meeting',
  'org.party_lecture', 'org.theme_day', 'org.life_meeting', 'org.dual_life', 'org.charter_study', 'org.lecture_by_leader', 'org.political_birthday',
  'org.secretary_training', 'org.double_report', 'work.weekly_huddle', 'work.monthly_summary', 'work.quarterly_check', 'work.half_year_retreat',
  'care.union_activity', 'skill.monthly_book', 'skill.monday_lecture', 'skill.research_topic', 'skill.research_exchange', 'skill.quarterly_exam',
  'skill.qa_bank', 'clean.annual_plan', 'clean.leadership_study', 'clean.annual_report', 'clean.leader_hears_report', 'clean.leader_lecture',
  'clean.leader_talk', 'clean.top_leader_lecture', 'clean.warning_education', 'clean.family_activity', 'clean.family_pledge', 'clean.eco_analysis',
  'clean.new_staff_education', 'field.site_office', 'field.propaganda', 'field.days_leader', 'field.days_staff', 'field.org_practical_matter',
  'field.pair_household', 'field.person_practical_matter', 'field.mass_contact', 'env.clean_office', 'care.heart_talk',
];

describe('GET /api/catalogue', () => {
  it('answers 401 without a session', async () => {
    expect((await call(t, null, 'GET', '/api/catalogue')).statusCode).toBe(401);
  });

  it('serves every requirement of domain.md §4 with its rule and source seed, to anyone signed in', async () => {
    const user = await createUser(t, []);
    const res = await call(t, await login(t, user.username, user.password), 'GET', '/api/catalogue');
    expect(res.statusCode).toBe(200);
    const body = res.json<CatalogueResponse>();
    const ids = body.requirements.map((r) => r.id);
    for (const id of DOMAIN_IDS) expect(ids, id).toContain(id);
    for (const r of body.requirements) {
      expect(r.rule.kind, r.id).toBeTruthy();
      expect(r.sources.length, r.id).toBeGreaterThan(0);
    }
    expect(body.requirements.find((r) => r.id === 'org.election')).toMatchObject({ rule: { kind: 'deadline', month: 5, day: 31 } });
    expect(body.programmes.map((p) => p.code)).toEqual(['000', '001', '002', '003', '004']);
    expect(body.activityKinds.map((k) => k.id)).toEqual(expect.arrayContaining(['theme_day', 'party_lecture', 'warning_education']));
  });
});
