import { sql } from 'drizzle-orm';
import { check, date, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { people } from './people';
import { users } from './auth';

/**
 * Days on which nothing is asked of a person (请假, 借调, 脱产培训 …): the compliance engine leaves
 * them out of every duty they cover. Entered once, by hand now and from approved leave requests
 * (请销假, issue 5) later — `source` tells which.
 */
export const personExemptions = pgTable(
  'person_exemptions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    startsOn: date('starts_on').notNull(),
    endsOn: date('ends_on').notNull(),
    reason: text('reason'),
    source: text('source').notNull().default('manual'),
    createdByUserId: uuid('created_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('person_exemptions_person_idx').on(t.personId, t.startsOn), check('person_exemptions_dates_ck', sql`${t.endsOn} >= ${t.startsOn}`)],
);
