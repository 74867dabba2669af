import { describe, expect, it } from 'vitest';
import type { DirectiveSource, DirectiveUrgency } from '../../schemas/directives';
import { CalendarNotCoveredError } from '../working-days/calendar';
import { officialCalendar2024To2026 } from '../working-days/official-2024-2026.fixture';
import { DirectiveRuleError, checkDirectiveExtension, directiveLimits } from './directive-limits';

const calendar = officialCalendar2024To2026();
const S: DirectiveSource = 'superior_instruction';
const A: DirectiveSource = 'party_government_arrangement';

describe('directiveLimits follows domain.md §5 exactly', () => {
  it.each([
    // registeredOn, source, urgency, own limit → kind, due, plan, measures, why
    ['2025-09-26', S, 'normal', null, 'default', '2025-10-13', null, null, 'a Friday before 国庆 2025: 7 working days, Sun 28 Sep and Sat 11 Oct worked'],
    ['2024-09-27', S, 'normal', null, 'default', '2024-10-12', null, null, '国庆 2024: Sun 29 Sep and Sat 12 Oct worked'],
    ['2026-03-02', 'guiding_instruction', 'normal', null, 'default', '2026-03-11', null, null, 'no holiday in between'],
    ['2026-03-02', 'meeting_decision', 'normal', null, 'default', '2026-03-11', null, null, '会议议定事项 without a limit'],
    ['2025-09-26', S, 'urgent', null, 'urgent', '2025-09-26', null, null, 'urgent: the same day (随到随办)'],
    ['2025-09-27', 'leader_assignment', 'urgent', null, 'urgent', '2025-09-27', null, null, 'urgent on a Saturday is still that day'],
    ['2025-09-26', S, 'normal', '2025-10-20', 'own', '2025-10-20', null, null, 'its own limit'],
    ['2025-09-26', S, 'urgent', '2025-09-30', 'own', '2025-09-30', null, null, 'its own limit before urgency'],
    ['2025-09-26', S, 'normal', '2025-09-26', 'own', '2025-09-26', null, null, 'an own limit on the registration day'],
    ['2025-09-15', A, 'normal', null, 'arrangement', '2025-10-15', '2025-10-09', '2025-10-15', '20 days end on 5 Oct (国庆) → 9 Oct; 1 month = 15 Oct'],
    ['2025-09-01', A, 'normal', null, 'arrangement', '2025-10-09', '2025-09-22', '2025-10-09', '20 days end on a Sunday → Monday; 1 month ends on 1 Oct (国庆) → 9 Oct'],
    ['2026-01-30', A, 'normal', null, 'arrangement', '2026-02-28', '2026-02-24', '2026-02-28', '20 days end in 春节 2026 → 24 Feb; 1 month ends on Sat 28 Feb, a 调休 working day'],
    ['2026-01-31', A, 'normal', null, 'arrangement', '2026-02-28', '2026-02-24', '2026-02-28', '31 January + 1 month clamps to 28 February'],
    ['2025-09-15', A, 'normal', '2025-09-30', 'own', '2025-09-30', '2025-10-09', '2025-10-15', 'an arrangement with its own limit keeps its two deliverables'],
    ['2025-09-15', A, 'urgent', null, 'urgent', '2025-09-15', '2025-10-09', '2025-10-15', 'an urgent arrangement'],
  ] as const)('%s %s %s own=%s → %s %s (%s)', (registeredOn, source, urgency, ownDueOn, limitKind, dueOn, planDueOn, measuresDueOn, _why) => {
    expect(directiveLimits(calendar, { registeredOn, source, urgency: urgency as DirectiveUrgency, ownDueOn })).toEqual({ limitKind, dueOn, planDueOn, measuresDueOn });
  });

  it('refuses an own limit before registration, naming dueOn', () => {
    const attempt = () => directiveLimits(calendar, { registeredOn: '2025-09-26', source: S, urgency: 'normal', ownDueOn: '2025-09-25' });
    expect(attempt).toThrow(DirectiveRuleError);
    expect(attempt).toThrow(/不能早于立项日期 2025-09-26/);
    try {
      attempt();
    } catch (error) {
      expect((error as DirectiveRuleError).field).toBe('dueOn');
    }
  });

  it.each([
    ['2027-01-05', S, 'normal', null, 2027, 'registered in a year without a schedule'],
    ['2026-12-28', S, 'normal', null, 2027, '7 working days run into 2027'],
    ['2026-12-15', A, 'normal', null, 2027, 'the 1 month runs into 2027'],
    ['2026-03-02', S, 'normal', '2027-01-10', 2027, 'an own limit in 2027'],
    ['2023-12-29', S, 'urgent', null, 2023, 'a year before the schedules'],
  ] as const)('refuses %s %s %s own=%s: %i is not covered (%s)', (registeredOn, source, urgency, ownDueOn, year, _why) => {
    const attempt = () => directiveLimits(calendar, { registeredOn, source, urgency: urgency as DirectiveUrgency, ownDueOn });
    expect(attempt).toThrow(CalendarNotCoveredError);
    expect(attempt).toThrow(`${year} 年`);
  });
});

describe('checkDirectiveExtension: later than the limit in force, at most 15 working days after registration', () => {
  it.each([
    ['2025-10-14', 'the next working day'],
    ['2025-10-23', 'the 15th working day after the Friday before 国庆 2025'],
  ])('accepts %s (%s)', (requestedDueOn) => {
    expect(() => checkDirectiveExtension(calendar, { registeredOn: '2025-09-26', currentDueOn: '2025-10-13', requestedDueOn })).not.toThrow();
  });

  it.each([
    ['2025-10-24', '2025-10-13', /不超过立项后15个工作日（最迟 2025-10-23），申请的日期是立项后第16个工作日/, 'the 16th working day'],
    ['2025-10-13', '2025-10-13', /须晚于现办理时限 2025-10-13/, 'the limit itself'],
    ['2025-10-10', '2025-10-13', /须晚于现办理时限/, 'an earlier date'],
    ['2025-10-20', '2025-10-21', /须晚于现办理时限 2025-10-21/, 'earlier than an approved extension'],
    ['2025-10-28', '2025-10-27', /不超过立项后15个工作日/, 'an own limit already past 15 working days cannot be extended'],
  ])('refuses %s when the limit is %s, naming requestedDueOn (%s)', (requestedDueOn, currentDueOn, message) => {
    const attempt = () => checkDirectiveExtension(calendar, { registeredOn: '2025-09-26', currentDueOn, requestedDueOn });
    expect(attempt).toThrow(message);
    try {
      attempt();
    } catch (error) {
      expect((error as DirectiveRuleError).field).toBe('requestedDueOn');
    }
  });

  it('refuses a date in a year without a schedule, naming the year', () => {
    expect(() => checkDirectiveExtension(calendar, { registeredOn: '2026-12-24', currentDueOn: '2026-12-31', requestedDueOn: '2027-01-04' })).toThrow(CalendarNotCoveredError);
  });
});
