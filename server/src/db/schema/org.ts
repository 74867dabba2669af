import { sql } from 'drizzle-orm';
import { type AnyPgColumn, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

/**
 * Both org trees in one table. `path` is the scope path: the ids from the root down to the node,
 * as `/id/id/…/`. Party nodes hang under their unit's path, so a grant on a unit covers both
 * trees, and a grant on a branch covers that branch and its 党小组.
 */
export const orgNodes = pgTable(
  'org_nodes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tree: text('tree').notNull(),
    kind: text('kind').notNull(),
    name: text('name').notNull(),
    code: text('code'),
    parentId: uuid('parent_id').references((): AnyPgColumn => orgNodes.id),
    unitId: uuid('unit_id').references((): AnyPgColumn => orgNodes.id),
    path: text('path').notNull(),
    sortOrder: integer('sort_order').notNull().default(0),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('org_nodes_path_idx').using('btree', t.path.op('text_pattern_ops')),
    index('org_nodes_parent_idx').on(t.parentId),
    index('org_nodes_unit_idx').on(t.unitId),
    uniqueIndex('org_nodes_sibling_name_uq').on(sql`coalesce(${t.parentId}, ${t.unitId})`, t.tree, t.name),
  ],
);
