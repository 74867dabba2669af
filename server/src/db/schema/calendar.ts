import { date, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './auth';

/**
 * The years the official working-day calendar covers (国务院办公厅 schedules, seeded from
 * chinese-days, editable). A date in a year without a row is never treated as Monday–Friday:
 * deadline arithmetic refuses it.
 */
export const calendarYears = pgTable('calendar_years', {
  year: integer('year').primaryKey(),
  source: text('source').notNull(),
  note: text('note'),
  updatedByUserId: uuid('updated_by_user_id').references(() => users.id, { onDelete: 'set null' }),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * The exceptions to Monday–Friday in a covered year: a holiday (休) on a weekday or weekend, or a
 * 调休 working day (班) on a weekend. Every other date of a covered year is a working day exactly
 * when it is Monday to Friday.
 */
export const calendarDays = pgTable('calendar_days', {
  day: date('day').primaryKey(),
  kind: text('kind').notNull(),
  name: text('name'),
  source: text('source').notNull(),
  updatedByUserId: uuid('updated_by_user_id').references(() => users.id, { onDelete: 'set null' }),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
