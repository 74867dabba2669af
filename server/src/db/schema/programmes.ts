import { boolean, index, integer, jsonb, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import type { RuleSpec, TargetSpec } from '@mofan/shared';
import { orgNodes } from './org';
import { users } from './auth';

/**
 * A 工委 (or any node above units) publishes one of the shipped programmes (创建体系) to the units
 * of its subtree, with its own instructions. Withdrawing keeps the row: adoptions stay explainable.
 */
export const programmePublications = pgTable(
  'programme_publications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    nodeId: uuid('node_id')
      .notNull()
      .references(() => orgNodes.id, { onDelete: 'cascade' }),
    programmeCode: text('programme_code').notNull(),
    note: text('note'),
    publishedByUserId: uuid('published_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    publishedAt: timestamp('published_at', { withTimezone: true }).notNull().defaultNow(),
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
  },
  (t) => [unique('programme_publications_node_programme_uq').on(t.nodeId, t.programmeCode)],
);

/** A unit takes up a published programme (上下联动): from then on it reports on its dimensions. */
export const programmeAdoptions = pgTable(
  'programme_adoptions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    publicationId: uuid('publication_id')
      .notNull()
      .references(() => programmePublications.id, { onDelete: 'cascade' }),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => orgNodes.id, { onDelete: 'cascade' }),
    note: text('note'),
    adoptedByUserId: uuid('adopted_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    adoptedAt: timestamp('adopted_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique('programme_adoptions_publication_unit_uq').on(t.publicationId, t.unitId), index('programme_adoptions_unit_idx').on(t.unitId)],
);

/**
 * A node's own requirement ("结合实际" — an item the shipped catalogue does not have), tagged to a
 * programme dimension and judged by the same engine as the catalogue's: evidence kinds, target,
 * rule. Its id in compliance is `custom.<id>`.
 */
export const customRequirements = pgTable(
  'custom_requirements',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    nodeId: uuid('node_id')
      .notNull()
      .references(() => orgNodes.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    programmeCode: text('programme_code').notNull(),
    dimensionCode: text('dimension_code').notNull(),
    evidence: text('evidence').array().notNull(),
    target: jsonb('target').$type<TargetSpec>().notNull(),
    rule: jsonb('rule').$type<RuleSpec>().notNull(),
    evidenceRole: text('evidence_role'),
    note: text('note'),
    enabled: boolean('enabled').notNull().default(true),
    createdByUserId: uuid('created_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('custom_requirements_node_idx').on(t.nodeId)],
);
