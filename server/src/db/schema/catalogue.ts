import { boolean, integer, jsonb, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import type { RuleSpec } from '@mofan/shared';
import { orgNodes } from './org';
import { users } from './auth';

/**
 * How a node (the city's 工委, a 县区, a unit) localises one catalogue requirement for its subtree
 * ("结合实际"): switch it off with a reason, or make its rule stricter. The base catalogue stays
 * the code's; every change is a row here, so the 工委 sees exactly what each unit changed.
 */
export const requirementSettings = pgTable(
  'requirement_settings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    nodeId: uuid('node_id')
      .notNull()
      .references(() => orgNodes.id, { onDelete: 'cascade' }),
    requirementId: text('requirement_id').notNull(),
    enabled: boolean('enabled').notNull().default(true),
    rule: jsonb('rule').$type<RuleSpec>(),
    reason: text('reason'),
    updatedByUserId: uuid('updated_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique('requirement_settings_node_req_uq').on(t.nodeId, t.requirementId)],
);
