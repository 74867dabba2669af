import type { DeadlineResponse } from '@mofan/shared';
import { beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../../../test/factories';
import { type Session, call, fieldsOf, login, useTestApp } from '../../../test/test-app';

const t = useTestApp();
let reader: Session;

beforeAll(async () => {
  const u = await createUser(t, []);
  reader = await login(t, u.username, u.password);
});

function deadline(query: string) {
  return call(t, reader, 'GET', `/api/calendar/deadline?${query}`);
}

describe('GET /api/calendar/deadline', () => {
  it('gives the issue’s example: 7 working days from Friday 26 September 2025 is 13 October', async () => {
    const res = await deadline('from=2025-09-26&workingDays=7');
    expect(res.statusCode).toBe(200);
    expect(res.json<DeadlineResponse>()).toMatchObject({ from: '2025-09-26', due: '2025-10-13', unit: 'workingDays', count: 7 });
    expect(res.json<DeadlineResponse>().rule).toContain('调休上班日计入');
  });

  it.each([
    ['from=2025-09-15&days=20', '2025-10-09', '20 days ending inside 国庆 2025 move to the next working day'],
    ['from=2026-01-31&months=1', '2026-02-28', 'clamped to 28 February 2026, a 调休 Saturday'],
    ['from=2025-09-01&months=1', '2025-10-09', '1 October 2025 is a holiday'],
    ['from=2026-03-06&workingDays=0', '2026-03-06', '随到随办: the same day'],
  ])('%s → %s (%s)', async (query, due) => {
    const res = await deadline(query);
    expect(res.statusCode).toBe(200);
    expect(res.json<DeadlineResponse>().due).toBe(due);
  });

  it('refuses a limit that runs into a year without a schedule with 422 naming the year', async () => {
    const res = await deadline('from=2026-12-28&workingDays=7');
    expect(res.statusCode).toBe(422);
    const body = res.json<{ error: { code: string; message: string; details: { year: number } } }>().error;
    expect(body).toMatchObject({ code: 'CALENDAR_NOT_COVERED', details: { year: 2027 } });
    expect(body.message).toContain('2027 年');
    expect((await deadline('from=2003-06-02&days=1')).json<{ error: { message: string } }>().error.message).toContain('2003 年');
  });

  it.each([
    ['no limit', 'from=2025-09-26', 'workingDays'],
    ['two limits', 'from=2025-09-26&workingDays=7&months=1', 'months'],
    ['a bad date', 'from=2025-02-30&days=1', 'from'],
    ['no date', 'days=1', 'from'],
    ['a negative count', 'from=2025-09-26&days=-1', 'days'],
    ['a fraction', 'from=2025-09-26&workingDays=1.5', 'workingDays'],
  ])('answers 400 naming the field for %s', async (_name, query, field) => {
    const res = await deadline(query);
    expect(res.statusCode).toBe(400);
    expect(fieldsOf(res)).toEqual([field]);
  });

  it('answers 401 without a session', async () => {
    expect((await call(t, null, 'GET', '/api/calendar/deadline?from=2025-09-26&workingDays=7')).statusCode).toBe(401);
  });
});
