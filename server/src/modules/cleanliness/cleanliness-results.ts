/**
 * 一评比: totals per 科室 by criterion, the ranking (the same total, the same place: 1, 2, 2, 4),
 * and the deductions the 通报 lists as problems. Pure: the service reads, this counts.
 */
import { CLEANLINESS_CRITERIA, CLEANLINESS_CRITERION_LABELS, type CleanlinessCriterion, type CleanlinessCriterionTotals, type CleanlinessDepartmentResult } from '@mofan/shared';

export interface SheetItem {
  id: string;
  criterion: string;
  title: string;
  maxScore: number;
}

export interface DepartmentScores {
  departmentId: string;
  departmentName: string;
  scores: Record<string, number>;
  total: number | null;
  note: string | null;
  scoredByName: string | null;
  scoredAt: Date | null;
}

function criterionIndex(criterion: string): number {
  const i = CLEANLINESS_CRITERIA.indexOf(criterion as CleanlinessCriterion);
  return i === -1 ? CLEANLINESS_CRITERIA.length : i;
}

/** Items by criterion (the sheet's four columns in their order), keeping the given order within each. */
export function sortByCriterion<T>(items: readonly T[], criterionOf: (item: T) => string): T[] {
  return items
    .map((item, i) => ({ item, i }))
    .sort((a, b) => criterionIndex(criterionOf(a.item)) - criterionIndex(criterionOf(b.item)) || a.i - b.i)
    .map((x) => x.item);
}

export function maxTotalOf(items: readonly { maxScore: number }[]): number {
  return items.reduce((sum, i) => sum + i.maxScore, 0);
}

export function criterionTotalsOf(items: readonly SheetItem[], scores: Record<string, number>): CleanlinessCriterionTotals {
  const totals: CleanlinessCriterionTotals = { environment: 0, hygiene: 0, tidiness: 0, air: 0 };
  const byId = new Map(items.map((i) => [i.id, i]));
  for (const [id, points] of Object.entries(scores)) {
    const criterion = byId.get(id)?.criterion;
    if (criterion && criterion in totals) totals[criterion as CleanlinessCriterion] += points;
  }
  return totals;
}

/** Scored 科室 by total, best first, with competition ranks; those not yet scored follow, unranked. */
export function rankDepartments(items: readonly SheetItem[], rows: readonly DepartmentScores[]): CleanlinessDepartmentResult[] {
  const scored = rows.filter((r) => r.total !== null).sort((a, b) => b.total! - a.total! || a.departmentName.localeCompare(b.departmentName, 'zh-CN'));
  const unscored = rows.filter((r) => r.total === null);
  let lastTotal: number | null = null;
  let lastRank = 0;
  const ranked = scored.map((r, i) => {
    const rank = r.total === lastTotal ? lastRank : i + 1;
    lastTotal = r.total;
    lastRank = rank;
    return { r, rank };
  });
  return [...ranked, ...unscored.map((r) => ({ r, rank: null }))].map(({ r, rank }) => ({
    departmentId: r.departmentId,
    departmentName: r.departmentName,
    scores: r.scores,
    total: r.total,
    criterionTotals: r.total === null ? null : criterionTotalsOf(items, r.scores),
    rank,
    note: r.note,
    scoredByName: r.scoredByName,
    scoredAt: r.scoredAt?.toISOString() ?? null,
  }));
}

/** The points a 科室 lost, item by item, as the 通报 names them: "物品整齐：文件资料归档规范（扣2分）". */
export function deductionsOf(items: readonly SheetItem[], scores: Record<string, number>): string[] {
  return sortByCriterion(items, (i) => i.criterion)
    .filter((i) => scores[i.id] !== undefined && scores[i.id]! < i.maxScore)
    .map((i) => `${CLEANLINESS_CRITERION_LABELS[i.criterion as CleanlinessCriterion] ?? i.criterion}：${i.title}（扣${i.maxScore - scores[i.id]!}分）`);
}

/** The maximum a 科室 could have had: the items it was scored on. */
export function maxOfScored(items: readonly SheetItem[], scores: Record<string, number>): number {
  return items.filter((i) => scores[i.id] !== undefined).reduce((sum, i) => sum + i.maxScore, 0);
}
