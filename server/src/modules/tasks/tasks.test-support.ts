/** Shared by the task tests: the official calendar in the test database, and short ways to make plans and items. */
import type { TaskItemDetail, TaskPlanDetail } from '@mofan/shared';
import { officialHolidayDates, officialWorkdays } from '@mofan/shared/rules/working-days/official-2024-2026.fixture';
import { expect } from 'vitest';
import { calendarDays, calendarYears } from '../../db/schema/index';
import { type Session, type TestApp, call } from '../../../test/test-app';

/** 2024–2026 as the State Council published them (the test database starts without a calendar). */
export async function seedOfficialCalendar(t: TestApp): Promise<void> {
  await t.ctx.db
    .insert(calendarYears)
    .values([2024, 2025, 2026].map((year) => ({ year, source: 'test' })))
    .onConflictDoNothing();
  const days = [
    ...[...officialHolidayDates()].map(([day, name]) => ({ day, kind: 'holiday', name, source: 'test' })),
    ...officialWorkdays().map((day) => ({ day, kind: 'workday', name: '调休上班', source: 'test' })),
  ];
  await t.ctx.db.insert(calendarDays).values(days).onConflictDoNothing();
}

export async function createPlanAs(t: TestApp, session: Session, body: Record<string, unknown>): Promise<TaskPlanDetail> {
  const res = await call(t, session, 'POST', '/api/task-plans', { kind: 'key_tasks', title: '2026年重点任务清单', year: 2026, ...body });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<TaskPlanDetail>();
}

export async function createItemAs(t: TestApp, session: Session, planId: string, body: Record<string, unknown>): Promise<TaskItemDetail> {
  const res = await call(t, session, 'POST', `/api/task-plans/${planId}/items`, { title: '开展警示教育', dueOn: '2026-06-30', standard: '全年不少于4次，全员参加，有记录', ...body });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<TaskItemDetail>();
}

export async function getItemAs(t: TestApp, session: Session, id: string): Promise<TaskItemDetail> {
  const res = await call(t, session, 'GET', `/api/task-items/${id}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json<TaskItemDetail>();
}
