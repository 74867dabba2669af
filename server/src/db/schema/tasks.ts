import { date, index, integer, pgTable, primaryKey, text, timestamp, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { orgNodes } from './org';
import { people } from './people';
import { users } from './auth';

/**
 * A plan of the 项目工作法: 年度工作要点, 重点任务清单, 项目化清单, and the nesting 五年路线图 → 年度任务书 →
 * 月度施工图 (parent_plan_id). A 工委's 重点任务指引 is a plan of kind 'guidance' issued to its
 * subtree; a unit's localised copy names it in source_plan_id.
 */
export const taskPlans = pgTable(
  'task_plans',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    nodeId: uuid('node_id')
      .notNull()
      .references(() => orgNodes.id),
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    year: integer('year'),
    month: integer('month'),
    parentPlanId: uuid('parent_plan_id').references((): AnyPgColumn => taskPlans.id, { onDelete: 'set null' }),
    sourcePlanId: uuid('source_plan_id').references((): AnyPgColumn => taskPlans.id, { onDelete: 'set null' }),
    status: text('status').notNull().default('draft'),
    issuedAt: timestamp('issued_at', { withTimezone: true }),
    createdByUserId: uuid('created_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('task_plans_node_idx').on(t.nodeId, t.year), index('task_plans_parent_idx').on(t.parentPlanId), index('task_plans_source_idx').on(t.sourcePlanId)],
);

/**
 * One item of a plan (任务项目化、项目清单化、清单具体化): 牵头 科室/单位, 责任人, 完成时限, 工作标准. Items
 * nest (工作要点 → 重点任务 → 项目) through parent_item_id; a localised item names the guidance item
 * it came from.
 */
export const taskItems = pgTable(
  'task_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => taskPlans.id, { onDelete: 'cascade' }),
    parentItemId: uuid('parent_item_id').references((): AnyPgColumn => taskItems.id, { onDelete: 'cascade' }),
    sourceItemId: uuid('source_item_id').references((): AnyPgColumn => taskItems.id, { onDelete: 'set null' }),
    title: text('title').notNull(),
    leadNodeId: uuid('lead_node_id').references(() => orgNodes.id),
    responsiblePersonId: uuid('responsible_person_id').references(() => people.id, { onDelete: 'set null' }),
    dueOn: date('due_on'),
    standard: text('standard'),
    status: text('status').notNull().default('open'),
    completedOn: date('completed_on'),
    completionNote: text('completion_note'),
    verifiedByUserId: uuid('verified_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    verifiedAt: timestamp('verified_at', { withTimezone: true }),
    sortOrder: integer('sort_order').notNull().default(0),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('task_items_plan_idx').on(t.planId, t.sortOrder), index('task_items_lead_idx').on(t.leadNodeId), index('task_items_due_idx').on(t.dueOn)],
);

/** 配合 units or 科室 of an item. */
export const taskItemPartners = pgTable(
  'task_item_partners',
  {
    itemId: uuid('item_id')
      .notNull()
      .references(() => taskItems.id, { onDelete: 'cascade' }),
    nodeId: uuid('node_id')
      .notNull()
      .references(() => orgNodes.id),
  },
  (t) => [primaryKey({ columns: [t.itemId, t.nodeId] })],
);

/** Milestones of an item, scheduled backwards from its deadline (时间倒排). */
export const taskMilestones = pgTable(
  'task_milestones',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    itemId: uuid('item_id')
      .notNull()
      .references(() => taskItems.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    dueOn: date('due_on').notNull(),
    doneOn: date('done_on'),
    sortOrder: integer('sort_order').notNull().default(0),
  },
  (t) => [index('task_milestones_item_idx').on(t.itemId, t.dueOn)],
);

/** Who did what to an item and when: progress reports, completion, verification, rejection (责任倒查). */
export const taskEvents = pgTable(
  'task_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    itemId: uuid('item_id')
      .notNull()
      .references(() => taskItems.id, { onDelete: 'cascade' }),
    action: text('action').notNull(),
    actorUserId: uuid('actor_user_id').references(() => users.id, { onDelete: 'set null' }),
    actorName: text('actor_name').notNull(),
    note: text('note'),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('task_events_item_idx').on(t.itemId, t.at)],
);
