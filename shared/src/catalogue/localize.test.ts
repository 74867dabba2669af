import { describe, expect, it } from 'vitest';
import { effectiveCatalogue, looserThan, type RequirementSetting } from './localize';
import { REQUIREMENT_CATALOGUE } from './requirements';
import type { RuleSpec } from './types';

describe('looserThan', () => {
  it.each<[string, RuleSpec, RuleSpec, boolean]>([
    ['more meetings is stricter', { kind: 'count', min: 1, per: 'month' }, { kind: 'count', min: 2, per: 'month' }, false],
    ['fewer meetings is looser', { kind: 'count', min: 4, per: 'year' }, { kind: 'count', min: 3, per: 'year' }, true],
    ['another period is refused', { kind: 'count', min: 1, per: 'month' }, { kind: 'count', min: 3, per: 'quarter' }, true],
    ['more days is stricter', { kind: 'amount', min: 60, unit: 'day', per: 'year' }, { kind: 'amount', min: 70, unit: 'day', per: 'year' }, false],
    ['fewer days is looser', { kind: 'amount', min: 60, unit: 'day', per: 'year' }, { kind: 'amount', min: 50, unit: 'day', per: 'year' }, true],
    ['an earlier deadline is stricter', { kind: 'deadline', month: 5, day: 31 }, { kind: 'deadline', month: 4, day: 30 }, false],
    ['a later deadline is looser', { kind: 'deadline', month: 5, day: 31 }, { kind: 'deadline', month: 6, day: 1 }, true],
    ['a shorter window is stricter', { kind: 'trigger', event: 'hired', withinDays: 90 }, { kind: 'trigger', event: 'hired', withinDays: 30 }, false],
    ['a longer window is looser', { kind: 'trigger', event: 'hired', withinDays: 30 }, { kind: 'trigger', event: 'hired', withinDays: 31 }, true],
    ['lower coverage is looser', { kind: 'coverage', ratio: 1, per: 'year' }, { kind: 'coverage', ratio: 0.9, per: 'year' }, true],
    ['another kind is refused', { kind: 'count', min: 1, per: 'year' }, { kind: 'deadline', month: 12, day: 31 }, true],
  ])('%s', (_name, base, next, looser) => {
    expect(looserThan(base, next) !== null).toBe(looser);
  });
});

describe('effectiveCatalogue', () => {
  const setting = (nodeName: string, requirementId: string, patch: Partial<RequirementSetting>): RequirementSetting => ({
    nodeId: nodeName,
    nodeName,
    requirementId,
    enabled: true,
    rule: null,
    reason: null,
    ...patch,
  });

  it('applies the 工委 first, then the unit, and keeps every change visible', () => {
    const city = [setting('工委', 'clean.warning_education', { rule: { kind: 'count', min: 5, per: 'year' } })];
    const unit = [
      setting('市财政局', 'clean.warning_education', { rule: { kind: 'count', min: 6, per: 'year' } }),
      setting('市财政局', 'work.weekly_huddle', { enabled: false, reason: '与局务会合并，每周一次' }),
    ];
    const effective = effectiveCatalogue(REQUIREMENT_CATALOGUE, [city, unit]);
    const warning = effective.find((e) => e.requirement.id === 'clean.warning_education')!;
    expect(warning.requirement.rule).toEqual({ kind: 'count', min: 6, per: 'year' });
    expect(warning.changes.map((c) => c.nodeName)).toEqual(['工委', '市财政局']);
    const huddle = effective.find((e) => e.requirement.id === 'work.weekly_huddle')!;
    expect(huddle).toMatchObject({ enabled: false, changes: [{ reason: '与局务会合并，每周一次' }] });
    expect(effective).toHaveLength(REQUIREMENT_CATALOGUE.length);
  });

  it('ignores a stored rule looser than what the node inherits (the 工委 raised it since)', () => {
    const city = [setting('工委', 'clean.warning_education', { rule: { kind: 'count', min: 6, per: 'year' } })];
    const unit = [setting('单位', 'clean.warning_education', { rule: { kind: 'count', min: 5, per: 'year' } })];
    const [warning] = effectiveCatalogue(REQUIREMENT_CATALOGUE.filter((r) => r.id === 'clean.warning_education'), [city, unit]);
    expect(warning!.requirement.rule).toEqual({ kind: 'count', min: 6, per: 'year' });
    expect(warning!.changes.map((c) => c.overtaken)).toEqual([false, true]);
  });
});
