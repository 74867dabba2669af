import { sql } from 'drizzle-orm';
import { check, date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { orgNodes } from './org';
import { users } from './auth';

/**
 * A 督办件: a matter registered by a supervising office (督查督办), handled by 承办 and 协办 units or
 * 科室, on the official working-day calendar. Its step (立项 → 交办 → 签收 → 办理 → 办结 → 审核 → 销号)
 * and its dates are here; who did what when is in directive_events.
 */
export const directives = pgTable(
  'directives',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** The supervising office's node: data scope of the supervisors. */
    supervisorNodeId: uuid('supervisor_node_id')
      .notNull()
      .references(() => orgNodes.id),
    code: text('code'),
    title: text('title').notNull(),
    source: text('source').notNull(),
    content: text('content').notNull(),
    instruction: text('instruction'),
    instructedBy: text('instructed_by'),
    urgency: text('urgency').notNull().default('normal'),
    /** How the time limit was set: its own limit, the 7 working days default, urgent (same day), a 党委/政府 arrangement. */
    limitKind: text('limit_kind').notNull(),
    registeredOn: date('registered_on').notNull(),
    /** The limit as given (own limits) or as computed from the rules. */
    dueOn: date('due_on').notNull(),
    /** After an approved special extension. */
    extendedDueOn: date('extended_due_on'),
    /** 党委/政府 arrangements: the 贯彻落实方案 (20 days) and 具体工作措施 (1 month) deadlines. */
    planDueOn: date('plan_due_on'),
    measuresDueOn: date('measures_due_on'),
    /** A complex matter: a progress report every N working days until done. */
    reportEveryWorkingDays: integer('report_every_working_days'),
    status: text('status').notNull(),
    assignedAt: timestamp('assigned_at', { withTimezone: true }),
    signedAt: timestamp('signed_at', { withTimezone: true }),
    completedAt: timestamp('completed_at', { withTimezone: true }),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    createdByUserId: uuid('created_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('directives_supervisor_idx').on(t.supervisorNodeId, t.status), index('directives_due_idx').on(t.dueOn)],
);

/** 承办 (lead, one) and 协办 (assist, any) units or 科室 of a directive. */
export const directiveAssignees = pgTable(
  'directive_assignees',
  {
    directiveId: uuid('directive_id')
      .notNull()
      .references(() => directives.id, { onDelete: 'cascade' }),
    nodeId: uuid('node_id')
      .notNull()
      .references(() => orgNodes.id),
    role: text('role').notNull(),
  },
  (t) => [primaryKey({ columns: [t.directiveId, t.nodeId] }), index('directive_assignees_node_idx').on(t.nodeId)],
);

/** Every step of a directive, with its actor and time: the history (责任倒查). Append-only. */
export const directiveEvents = pgTable(
  'directive_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    directiveId: uuid('directive_id')
      .notNull()
      .references(() => directives.id, { onDelete: 'cascade' }),
    action: text('action').notNull(),
    fromStatus: text('from_status'),
    toStatus: text('to_status'),
    actorUserId: uuid('actor_user_id').references(() => users.id, { onDelete: 'set null' }),
    actorName: text('actor_name').notNull(),
    nodeId: uuid('node_id').references(() => orgNodes.id),
    note: text('note'),
    details: jsonb('details').$type<Record<string, unknown>>().notNull().default({}),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('directive_events_directive_idx').on(t.directiveId, t.at)],
);

/** A special extension (at most 15 working days in all): requested with a reason, approved or refused. */
export const directiveExtensions = pgTable(
  'directive_extensions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    directiveId: uuid('directive_id')
      .notNull()
      .references(() => directives.id, { onDelete: 'cascade' }),
    requestedDueOn: date('requested_due_on').notNull(),
    reason: text('reason').notNull(),
    status: text('status').notNull(),
    requestedByUserId: uuid('requested_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    requestedAt: timestamp('requested_at', { withTimezone: true }).notNull().defaultNow(),
    decidedByUserId: uuid('decided_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    decisionNote: text('decision_note'),
  },
  (t) => [index('directive_extensions_directive_idx').on(t.directiveId), check('directive_extensions_status_ck', sql`${t.status} in ('pending', 'approved', 'rejected')`)],
);

/** 精文减会: documents issued and meetings held, entered once each, counted per unit and month. */
export const officeOutputs = pgTable(
  'office_outputs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    nodeId: uuid('node_id')
      .notNull()
      .references(() => orgNodes.id),
    kind: text('kind').notNull(),
    occurredOn: date('occurred_on').notNull(),
    title: text('title').notNull(),
    refNo: text('ref_no'),
    createdByUserId: uuid('created_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('office_outputs_node_idx').on(t.nodeId, t.occurredOn), check('office_outputs_kind_ck', sql`${t.kind} in ('document', 'meeting')`)],
);
