import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { orgNodes } from './org';
import { people } from './people';
import { users } from './auth';

/**
 * The activity ledger (台账): one record per thing that happened, entered once. A record may carry
 * several kinds (a 主题党日 with a 党课 and a 警示教育片) and counts for every requirement they match.
 * `owner_node_id` places it in the trees (and so in data scope); personal records (月读一书,
 * 下基层) also name the person.
 */
export const activityRecords = pgTable(
  'activity_records',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ownerNodeId: uuid('owner_node_id')
      .notNull()
      .references(() => orgNodes.id),
    personId: uuid('person_id').references(() => people.id, { onDelete: 'cascade' }),
    kinds: text('kinds').array().notNull(),
    occurredOn: date('occurred_on').notNull(),
    endsOn: date('ends_on'),
    topic: text('topic'),
    hostPersonId: uuid('host_person_id').references(() => people.id, { onDelete: 'set null' }),
    lecturerPersonId: uuid('lecturer_person_id').references(() => people.id, { onDelete: 'set null' }),
    lecturerName: text('lecturer_name'),
    notes: text('notes'),
    details: jsonb('details').$type<Record<string, unknown>>().notNull().default({}),
    enteredByUserId: uuid('entered_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('activity_records_owner_date_idx').on(t.ownerNodeId, t.occurredOn),
    index('activity_records_person_date_idx').on(t.personId, t.occurredOn),
    index('activity_records_kinds_idx').using('gin', t.kinds),
    check('activity_records_kinds_ck', sql`cardinality(${t.kinds}) between 1 and 10`),
    check('activity_records_dates_ck', sql`${t.endsOn} is null or ${t.endsOn} >= ${t.occurredOn}`),
  ],
);

/** Who took part in a record, and who was absent and why (a leave reason keeps them excused). */
export const activityParticipants = pgTable(
  'activity_participants',
  {
    recordId: uuid('record_id')
      .notNull()
      .references(() => activityRecords.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    present: boolean('present').notNull().default(true),
    absenceReason: text('absence_reason'),
  },
  (t) => [primaryKey({ columns: [t.recordId, t.personId] }), index('activity_participants_person_idx').on(t.personId)],
);
