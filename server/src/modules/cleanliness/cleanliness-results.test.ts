import { describe, expect, it } from 'vitest';
import { drawAtRandom } from './cleanliness-draw';
import { type DepartmentScores, type SheetItem, criterionTotalsOf, deductionsOf, maxOfScored, rankDepartments, sortByCriterion } from './cleanliness-results';

const items: SheetItem[] = [
  { id: 'air1', criterion: 'air', title: '开窗通风', maxScore: 20 },
  { id: 'env1', criterion: 'environment', title: '地面干净', maxScore: 30 },
  { id: 'tidy1', criterion: 'tidiness', title: '桌面整齐', maxScore: 30 },
  { id: 'hyg1', criterion: 'hygiene', title: '无积尘', maxScore: 20 },
];

function dept(name: string, total: number | null, scores: Record<string, number> = {}): DepartmentScores {
  return { departmentId: name, departmentName: name, scores, total, note: null, scoredByName: null, scoredAt: null };
}

describe('rankDepartments', () => {
  it.each<[string, [string, number | null][], [string, number | null][]]>([
    ['distinct totals, best first', [['甲', 80], ['乙', 95], ['丙', 90]], [['乙', 1], ['丙', 2], ['甲', 3]]],
    ['a tie shares the place and the next place is skipped', [['甲', 90], ['乙', 95], ['丙', 90], ['丁', 85]], [['乙', 1], ['丙', 2], ['甲', 2], ['丁', 4]]],
    ['everyone tied, by name', [['乙', 90], ['甲', 90]], [['甲', 1], ['乙', 1]]],
    ['unscored follow, unranked', [['甲', null], ['乙', 70], ['丙', 75]], [['丙', 1], ['乙', 2], ['甲', null]]],
    ['nobody scored yet', [['甲', null]], [['甲', null]]],
  ])('%s', (_name, input, expected) => {
    const ranked = rankDepartments(
      items,
      input.map(([name, total]) => dept(name, total)),
    );
    expect(ranked.map((r) => [r.departmentName, r.rank])).toEqual(expected);
  });

  it('adds the points of each criterion for scored 科室 only', () => {
    const [scored, unscored] = rankDepartments(items, [dept('甲', 85, { air1: 15, env1: 30, tidy1: 25, hyg1: 15 }), dept('乙', null)]);
    expect(scored?.criterionTotals).toEqual({ environment: 30, hygiene: 15, tidiness: 25, air: 15 });
    expect(unscored?.criterionTotals).toBeNull();
  });
});

describe('sheet arithmetic', () => {
  it('orders items by the four criteria, keeping the order within each', () => {
    const extra = { id: 'env2', criterion: 'environment', title: '墙面无乱贴', maxScore: 5 };
    expect(sortByCriterion([...items, extra], (i) => i.criterion).map((i) => i.id)).toEqual(['env1', 'env2', 'hyg1', 'tidy1', 'air1']);
  });

  it('ignores scores of items it does not know when adding by criterion', () => {
    expect(criterionTotalsOf(items, { env1: 10, gone: 5 })).toEqual({ environment: 10, hygiene: 0, tidiness: 0, air: 0 });
  });

  it('lists each deduction with its criterion, in sheet order, and not the items at full marks', () => {
    expect(deductionsOf(items, { air1: 18, env1: 30, tidy1: 27, hyg1: 20 })).toEqual(['物品整齐：桌面整齐（扣3分）', '空气清新：开窗通风（扣2分）']);
  });

  it('counts the maximum over the items scored', () => {
    expect(maxOfScored(items, { env1: 10, hyg1: 10 })).toBe(50);
  });
});

describe('drawAtRandom', () => {
  const pool = ['a', 'b', 'c', 'd', 'e'];

  it.each([
    ['always the first remaining', () => 0, ['a', 'b', 'c']],
    ['always the last remaining', (max: number) => max - 1, ['e', 'a', 'b']],
  ])('draws without repeats (%s)', (_name, random, expected) => {
    expect(drawAtRandom(pool, 3, random)).toEqual(expected);
  });

  it('draws distinct members of the pool with crypto.randomInt, never more than the pool', () => {
    for (let i = 0; i < 50; i++) {
      const drawn = drawAtRandom(pool, 3);
      expect(new Set(drawn).size).toBe(3);
      expect(drawn.every((d) => pool.includes(d))).toBe(true);
    }
    expect(drawAtRandom(pool, 9).sort()).toEqual(pool);
    expect(pool).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('gives every member a chance (each is drawn at least once in many draws)', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 200; i++) seen.add(drawAtRandom(pool, 1)[0]!);
    expect([...seen].sort()).toEqual(pool);
  });
});
