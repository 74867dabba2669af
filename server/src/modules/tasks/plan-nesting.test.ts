import type { TaskPlanKind } from '@mofan/shared';
import { describe, expect, it } from 'vitest';
import { type ParentShape, type PlanShape, planShapeProblems } from './plan-nesting';

const CITY = '/c/';
const UNIT = '/c/u/';
const DEPT = '/c/u/d/';
const OTHER_UNIT = '/c/v/';

function plan(kind: TaskPlanKind, year: number, month: number | null = null, nodePath = UNIT, nodeKind = 'unit'): PlanShape {
  return { kind, year, month, nodePath, nodeKind };
}
function parent(kind: TaskPlanKind, year: number, nodePath = UNIT): ParentShape {
  return { id: 'p', kind, year, nodePath };
}

describe('planShapeProblems', () => {
  it.each<[string, PlanShape, ParentShape | null, string[]]>([
    ['a 五年路线图 on its own', plan('five_year_roadmap', 2026), null, []],
    ['a 年度任务书 under a 五年路线图 of the same unit', plan('annual_book', 2027), parent('five_year_roadmap', 2026), []],
    ['a 年度任务书 in the roadmap’s last year', plan('annual_book', 2030), parent('five_year_roadmap', 2026), []],
    ['a 年度任务书 after the roadmap’s five years', plan('annual_book', 2031), parent('five_year_roadmap', 2026), ['year']],
    ['a 年度任务书 before the roadmap', plan('annual_book', 2025), parent('five_year_roadmap', 2026), ['year']],
    ['a 年度任务书 without a roadmap', plan('annual_book', 2026), null, []],
    ['a 月度施工图 of a 科室 under its unit’s 年度任务书', plan('monthly_plan', 2026, 4, DEPT, 'department'), parent('annual_book', 2026), []],
    ['a 月度施工图 of another year than its 任务书', plan('monthly_plan', 2027, 1), parent('annual_book', 2026), ['year']],
    ['a 月度施工图 without a month', plan('monthly_plan', 2026, null), parent('annual_book', 2026), ['month']],
    ['a 月度施工图 straight under a 五年路线图', plan('monthly_plan', 2026, 4), parent('five_year_roadmap', 2026), ['parentPlanId']],
    ['a 年度任务书 under another 年度任务书', plan('annual_book', 2026), parent('annual_book', 2026), ['parentPlanId']],
    ['a 五年路线图 under anything', plan('five_year_roadmap', 2026), parent('five_year_roadmap', 2021), ['parentPlanId']],
    ['a 月度施工图 under another unit’s 任务书', plan('monthly_plan', 2026, 4), parent('annual_book', 2026, OTHER_UNIT), ['parentPlanId']],
    ['a unit’s 任务书 under the city’s 路线图', plan('annual_book', 2026), parent('five_year_roadmap', 2026, CITY), []],
    ['a city 路线图 cannot hold a 科室 plan of a unit above it', plan('annual_book', 2026, null, CITY, 'city'), parent('five_year_roadmap', 2026, UNIT), ['parentPlanId']],
    ['a month on a yearly list', plan('key_tasks', 2026, 3), null, ['month']],
    ['a 重点任务清单 under the 年度工作要点 of its year', plan('key_tasks', 2026), parent('work_points', 2026), []],
    ['a 重点任务清单 under last year’s 工作要点', plan('key_tasks', 2026), parent('work_points', 2025), ['year']],
    ['a 科室’s 项目化清单 under the unit’s 重点任务清单', plan('project_list', 2026, null, DEPT, 'department'), parent('key_tasks', 2026), []],
    ['a 项目化清单 under a 年度任务书', plan('project_list', 2026), parent('annual_book', 2026), ['parentPlanId']],
    ['a 重点任务指引 of the city 工委', plan('guidance', 2026, null, CITY, 'city'), null, []],
    ['a 重点任务指引 of a unit', plan('guidance', 2026), null, ['nodeId']],
    ['a 重点任务指引 under a plan', plan('guidance', 2026, null, CITY, 'city'), parent('work_points', 2026, CITY), ['parentPlanId']],
  ])('%s → %j', (_name, shape, parentShape, fields) => {
    expect(planShapeProblems(shape, parentShape).map((e) => e.field)).toEqual(fields);
  });
});
