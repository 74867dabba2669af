import { describe, expect, it } from 'vitest';
import type { ComplianceStatus } from '../../catalogue/types';
import { evaluateRequirementPeriod } from './evaluate';
import { periodOf } from './periods';
import { warningLevel, type WarningLevel } from './warning';

describe('warningLevel', () => {
  it.each<[ComplianceStatus, string, string, WarningLevel, string]>([
    ['not_yet_due', '2026-03-31', '2026-03-24', 'yellow', 'due in exactly warnDays'],
    ['not_yet_due', '2026-03-31', '2026-03-23', 'none', 'due in warnDays + 1'],
    ['not_yet_due', '2026-03-31', '2026-03-31', 'yellow', 'due today'],
    ['not_yet_due', '2026-01-02', '2025-12-30', 'yellow', 'due across a year end'],
    ['met', '2026-03-31', '2026-03-30', 'none', 'met before the due date'],
    ['met', '2026-03-31', '2026-04-05', 'none', 'met'],
    ['exempt', '2026-03-31', '2026-04-05', 'none', 'exempt'],
    ['missed', '2026-03-31', '2026-04-01', 'red', 'missed'],
    ['partly', '2026-03-31', '2026-04-01', 'red', 'partly after the due date (also a late deadline)'],
  ])('%s due %s seen on %s → %s (%s)', (status, dueDate, today, level) => {
    expect(warningLevel({ status, dueDate }, today, 7)).toBe(level);
  });

  it('follows a monthly count through the month', () => {
    const at = (today: string) =>
      warningLevel(
        evaluateRequirementPeriod({
          rule: { kind: 'count', min: 1, per: 'month' },
          period: periodOf('month', '2026-03-01'),
          today,
          records: [],
          subject: { kind: 'org' },
        }),
        today,
        7,
      );
    expect([at('2026-03-10'), at('2026-03-24'), at('2026-03-31'), at('2026-04-01')]).toEqual(['none', 'yellow', 'yellow', 'red']);
  });
});
