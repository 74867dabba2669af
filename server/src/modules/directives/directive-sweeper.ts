import type { AppContext } from '../../context';
import { sendRedNotices } from './directive-reminders.service';

const SWEEP_EVERY_MS = 10 * 60_000;

/**
 * Pushes the day's red-light notices to the group robot every ten minutes (a directive turns red
 * at midnight, so the first sweep of the day finds it); returns a stop function.
 */
export function startDirectiveSweeper(ctx: AppContext): () => void {
  const sweep = () => {
    sendRedNotices(ctx).catch((error: unknown) => ctx.log.warn({ err: error }, 'directive red-notice sweep failed'));
  };
  const timer = setInterval(sweep, SWEEP_EVERY_MS);
  timer.unref();
  return () => clearInterval(timer);
}
