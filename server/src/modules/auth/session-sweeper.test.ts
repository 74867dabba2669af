import { count } from 'drizzle-orm';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sessions } from '../../db/schema/index';
import { createUser } from '../../../test/factories';
import { login, useTestApp } from '../../../test/test-app';
import { startSessionSweeper } from './session-sweeper';

const t = useTestApp();

async function sessionCount(): Promise<number> {
  const [row] = await t.ctx.db.select({ n: count() }).from(sessions);
  return row?.n ?? 0;
}

afterEach(() => {
  vi.useRealTimers();
});

describe('the session sweeper', () => {
  it('removes idle sessions every ten minutes and keeps live ones', async () => {
    const user = await createUser(t, []);
    await login(t, user.username, user.password);
    await login(t, user.username, user.password);
    expect(await sessionCount()).toBe(2);

    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const stop = startSessionSweeper(t.ctx);
    vi.advanceTimersByTime(10 * 60_000);
    await new Promise((r) => setTimeout(r, 200));
    expect(await sessionCount()).toBe(2);

    t.clock.advance(16 * 60_000);
    vi.advanceTimersByTime(10 * 60_000);
    await vi.waitFor(async () => expect(await sessionCount()).toBe(0), { timeout: 5000 });
    stop();
  });
});
