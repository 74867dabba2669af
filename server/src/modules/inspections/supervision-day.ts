import { type DirectiveLightDay, directiveLightDay } from '@mofan/shared';
import type { AppContext } from '../../context';
import type { DbOrTx } from '../../db/client';
import { loadWorkingCalendar } from '../calendar/calendar.repository';
import { todayOf } from '../people/people.service';

/** Today and its light thresholds on the official calendar: every 整改 light of one request reads it. */
export async function lightDayOf(ctx: AppContext, db: DbOrTx = ctx.db): Promise<DirectiveLightDay> {
  return directiveLightDay(await loadWorkingCalendar(db), todayOf(ctx));
}
