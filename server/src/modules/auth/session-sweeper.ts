import type { AppContext } from '../../context';
import { deleteExpiredSessions } from './auth.repository';

const SWEEP_EVERY_MS = 10 * 60_000;

/** Removes sessions past their idle or absolute limit (they are refused anyway); returns a stop function. */
export function startSessionSweeper(ctx: AppContext): () => void {
  const sweep = () => {
    deleteExpiredSessions(ctx.db, ctx.now(), ctx.config.sessionIdleMs).catch((error: unknown) => ctx.log.warn({ err: error }, 'session sweep failed'));
  };
  const timer = setInterval(sweep, SWEEP_EVERY_MS);
  timer.unref();
  return () => clearInterval(timer);
}
