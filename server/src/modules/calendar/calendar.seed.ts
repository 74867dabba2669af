import type { DbOrTx } from '../../db/client';
import { deleteDaysOfYear, insertDays, insertMissingYears } from './calendar.repository';
import { SHIPPED_SOURCE, shippedCalendar } from './shipped-calendar';

/**
 * Copies every shipped year the database does not hold yet, at each start. A year already there
 * is never touched, whoever entered or edited it: an administrator's schedule wins over the data.
 * Returns the years added.
 */
export async function seedCalendar(db: DbOrTx): Promise<number[]> {
  const shipped = shippedCalendar();
  return db.transaction(async (tx) => {
    const added = await insertMissingYears(tx, [...shipped.years.keys()], { source: SHIPPED_SOURCE, note: `chinese-days ${shipped.version}` });
    for (const year of added) {
      await deleteDaysOfYear(tx, year);
      await insertDays(tx, shipped.years.get(year) ?? [], { source: SHIPPED_SOURCE, updatedByUserId: null });
    }
    return added.sort((a, b) => a - b);
  });
}
