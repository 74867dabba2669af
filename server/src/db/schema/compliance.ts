import { date, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { orgNodes } from './org';

/**
 * Which unit-years have stored compliance, and from which catalogue and engine version. A row
 * missing or of another version means "compute before reading" (decision 006).
 */
export const complianceUnitYears = pgTable(
  'compliance_unit_years',
  {
    unitId: uuid('unit_id')
      .notNull()
      .references(() => orgNodes.id, { onDelete: 'cascade' }),
    year: integer('year').notNull(),
    engineVersion: text('engine_version').notNull(),
    computedAt: timestamp('computed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.unitId, t.year] })],
);

/**
 * The stored, date-independent part of a unit's compliance: per requirement × period, how many
 * targets are met, met late, exempt, and short with nothing or something done. Status and
 * warnings depend on today and are derived when read (a short cell is not yet due until its due
 * date, then missed or partly), so nothing here goes stale overnight.
 */
export const complianceSummaries = pgTable(
  'compliance_summaries',
  {
    unitId: uuid('unit_id')
      .notNull()
      .references(() => orgNodes.id, { onDelete: 'cascade' }),
    year: integer('year').notNull(),
    requirementId: text('requirement_id').notNull(),
    periodKey: text('period_key').notNull(),
    periodStart: date('period_start').notNull(),
    periodEnd: date('period_end').notNull(),
    dueDate: date('due_date').notNull(),
    met: integer('met').notNull(),
    late: integer('late').notNull(),
    exempt: integer('exempt').notNull(),
    shortNone: integer('short_none').notNull(),
    shortSome: integer('short_some').notNull(),
  },
  (t) => [primaryKey({ columns: [t.unitId, t.year, t.requirementId, t.periodKey] })],
);
