import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { orgNodes } from './org';
import { people } from './people';
import { users } from './auth';
import { directives } from './directives';

/**
 * A check (督查): 明查暗访 / 四不两直, 专项整治, 自查, 抽查, 督查 of 制度执行, 社会评议 … — who checked
 * which units, when, with what result. An unannounced check's plan is visible to its inspectors
 * only until it is done.
 */
export const inspections = pgTable(
  'inspections',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizerNodeId: uuid('organizer_node_id')
      .notNull()
      .references(() => orgNodes.id),
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    subject: text('subject'),
    unannounced: boolean('unannounced').notNull().default(false),
    plannedOn: date('planned_on').notNull(),
    doneOn: date('done_on'),
    status: text('status').notNull().default('planned'),
    result: text('result'),
    createdByUserId: uuid('created_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('inspections_organizer_idx').on(t.organizerNodeId, t.plannedOn)],
);

export const inspectionTargets = pgTable(
  'inspection_targets',
  {
    inspectionId: uuid('inspection_id')
      .notNull()
      .references(() => inspections.id, { onDelete: 'cascade' }),
    nodeId: uuid('node_id')
      .notNull()
      .references(() => orgNodes.id),
  },
  (t) => [primaryKey({ columns: [t.inspectionId, t.nodeId] }), index('inspection_targets_node_idx').on(t.nodeId)],
);

/** The inspectors of a check: the only readers of an unannounced plan before it is done. */
export const inspectionInspectors = pgTable(
  'inspection_inspectors',
  {
    inspectionId: uuid('inspection_id')
      .notNull()
      .references(() => inspections.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
  },
  (t) => [primaryKey({ columns: [t.inspectionId, t.userId] })],
);

/**
 * A problem found (by a check or otherwise): whom it concerns, the facts, its tags from every
 * taxonomy of domain.md §6, severity. Repeats (the same tag at the same unit within a year, or
 * across many units) are derived when read.
 */
export const problems = pgTable(
  'problems',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    inspectionId: uuid('inspection_id').references(() => inspections.id, { onDelete: 'set null' }),
    nodeId: uuid('node_id')
      .notNull()
      .references(() => orgNodes.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => orgNodes.id),
    personId: uuid('person_id').references(() => people.id, { onDelete: 'set null' }),
    foundOn: date('found_on').notNull(),
    facts: text('facts').notNull(),
    tags: text('tags').array().notNull(),
    severity: text('severity').notNull(),
    status: text('status').notNull().default('open'),
    createdByUserId: uuid('created_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('problems_unit_idx').on(t.unitId, t.foundOn), index('problems_tags_idx').using('gin', t.tags), index('problems_inspection_idx').on(t.inspectionId)],
);

/**
 * The 整改 of a problem, a closed loop: 整改措施, 整改重点, responsible person, a working-day time
 * limit, progress and evidence (events), verification by the inspector (accept, or reopen with a
 * reason), 销号. Overdue ones can be escalated into a directive.
 */
export const rectifications = pgTable(
  'rectifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    problemId: uuid('problem_id')
      .notNull()
      .references(() => problems.id, { onDelete: 'cascade' }),
    measures: text('measures').notNull(),
    focus: text('focus'),
    responsibleNodeId: uuid('responsible_node_id')
      .notNull()
      .references(() => orgNodes.id),
    responsiblePersonId: uuid('responsible_person_id').references(() => people.id, { onDelete: 'set null' }),
    startedOn: date('started_on').notNull(),
    workingDays: integer('working_days').notNull(),
    dueOn: date('due_on').notNull(),
    status: text('status').notNull(),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    escalatedDirectiveId: uuid('escalated_directive_id').references(() => directives.id, { onDelete: 'set null' }),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique('rectifications_problem_uq').on(t.problemId), index('rectifications_due_idx').on(t.status, t.dueOn)],
);

/** Every step of a 整改 with actor and time: progress, evidence, submission, acceptance, reopening. */
export const rectificationEvents = pgTable(
  'rectification_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    rectificationId: uuid('rectification_id')
      .notNull()
      .references(() => rectifications.id, { onDelete: 'cascade' }),
    action: text('action').notNull(),
    actorUserId: uuid('actor_user_id').references(() => users.id, { onDelete: 'set null' }),
    actorName: text('actor_name').notNull(),
    note: text('note'),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('rectification_events_idx').on(t.rectificationId, t.at)],
);

/** 问责: the consequence of a problem (提醒谈话, 通报批评, 诫勉, 取消评先评优资格 …) with its basis. */
export const accountabilities = pgTable(
  'accountabilities',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    problemId: uuid('problem_id')
      .notNull()
      .references(() => problems.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    personId: uuid('person_id').references(() => people.id, { onDelete: 'set null' }),
    nodeId: uuid('node_id').references(() => orgNodes.id),
    basis: text('basis').notNull(),
    decidedOn: date('decided_on').notNull(),
    createdByUserId: uuid('created_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('accountabilities_problem_idx').on(t.problemId)],
);

/** 清洁机关: the scoring sheet's items under the four criteria, defined by a unit or a 工委 for its subtree. */
export const cleanlinessItems = pgTable(
  'cleanliness_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    nodeId: uuid('node_id')
      .notNull()
      .references(() => orgNodes.id, { onDelete: 'cascade' }),
    criterion: text('criterion').notNull(),
    title: text('title').notNull(),
    maxScore: integer('max_score').notNull(),
    sortOrder: integer('sort_order').notNull().default(0),
    active: boolean('active').notNull().default(true),
    version: integer('version').notNull().default(1),
  },
  (t) => [index('cleanliness_items_node_idx').on(t.nodeId), check('cleanliness_items_score_ck', sql`${t.maxScore} between 1 and 100`)],
);

/** A unit's monthly check (一抽查): the 科室 drawn at random, then scored (一评比) and published (一通报). */
export const cleanlinessChecks = pgTable(
  'cleanliness_checks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => orgNodes.id),
    month: text('month').notNull(),
    drawnAt: timestamp('drawn_at', { withTimezone: true }).notNull().defaultNow(),
    drawnByUserId: uuid('drawn_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    status: text('status').notNull().default('drawn'),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
  },
  (t) => [unique('cleanliness_checks_unit_month_uq').on(t.unitId, t.month)],
);

/** One drawn 科室 of a monthly check and its scores per item (item id → points). */
export const cleanlinessScores = pgTable(
  'cleanliness_scores',
  {
    checkId: uuid('check_id')
      .notNull()
      .references(() => cleanlinessChecks.id, { onDelete: 'cascade' }),
    departmentId: uuid('department_id')
      .notNull()
      .references(() => orgNodes.id),
    scores: jsonb('scores').$type<Record<string, number>>().notNull().default({}),
    total: integer('total'),
    note: text('note'),
    scoredByUserId: uuid('scored_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    scoredAt: timestamp('scored_at', { withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.checkId, t.departmentId] })],
);

/**
 * 请销假: a leave request approved by the right leader; approval writes the person's exemption
 * (person_exemptions, source 'leave_request') so compliance and meeting absences know; 销假 ends it.
 */
export const leaveRequests = pgTable(
  'leave_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    startsOn: date('starts_on').notNull(),
    endsOn: date('ends_on').notNull(),
    reason: text('reason'),
    status: text('status').notNull().default('pending'),
    approverUserId: uuid('approver_user_id').references(() => users.id, { onDelete: 'set null' }),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    decisionNote: text('decision_note'),
    returnedOn: date('returned_on'),
    exemptionId: uuid('exemption_id'),
    createdByUserId: uuid('created_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('leave_requests_person_idx').on(t.personId, t.startsOn), check('leave_requests_dates_ck', sql`${t.endsOn} >= ${t.startsOn}`)],
);

/**
 * 群众诉求 / 我为群众办实事: 了解需求 → 认领问题 → 解决问题 → 完善机制. The person who raised it follows it
 * with the lookup code, without an account, and says whether they are satisfied; dissatisfied
 * reopens it for a return visit (回访).
 */
export const publicRequests = pgTable(
  'public_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    lookupCode: text('lookup_code').notNull(),
    nodeId: uuid('node_id')
      .notNull()
      .references(() => orgNodes.id),
    title: text('title').notNull(),
    content: text('content').notNull(),
    requesterName: text('requester_name'),
    requesterContact: text('requester_contact'),
    raisedOn: date('raised_on').notNull(),
    status: text('status').notNull().default('received'),
    claimedNodeId: uuid('claimed_node_id').references(() => orgNodes.id),
    claimedPersonId: uuid('claimed_person_id').references(() => people.id, { onDelete: 'set null' }),
    solution: text('solution'),
    solvedOn: date('solved_on'),
    improvement: text('improvement'),
    closedOn: date('closed_on'),
    satisfaction: text('satisfaction'),
    feedback: text('feedback'),
    feedbackAt: timestamp('feedback_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique('public_requests_lookup_uq').on(t.lookupCode), index('public_requests_node_idx').on(t.nodeId, t.raisedOn)],
);

export const publicRequestEvents = pgTable(
  'public_request_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    requestId: uuid('request_id')
      .notNull()
      .references(() => publicRequests.id, { onDelete: 'cascade' }),
    action: text('action').notNull(),
    actorUserId: uuid('actor_user_id').references(() => users.id, { onDelete: 'set null' }),
    actorName: text('actor_name').notNull(),
    note: text('note'),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('public_request_events_idx').on(t.requestId, t.at)],
);

/** 廉政风险点: per post or process, its risk, prevention measures, and the yearly review. */
export const integrityRisks = pgTable(
  'integrity_risks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    nodeId: uuid('node_id')
      .notNull()
      .references(() => orgNodes.id),
    scope: text('scope').notNull(),
    name: text('name').notNull(),
    risk: text('risk').notNull(),
    level: text('level').notNull(),
    measures: text('measures').notNull(),
    reviewedOn: date('reviewed_on'),
    reviewNote: text('review_note'),
    createdByUserId: uuid('created_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('integrity_risks_node_idx').on(t.nodeId)],
);

/** 三重一大: a collective decision — matter, date, meeting — with each participant's stated view in order. */
export const majorDecisions = pgTable(
  'major_decisions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => orgNodes.id),
    category: text('category').notNull(),
    matter: text('matter').notNull(),
    decidedOn: date('decided_on').notNull(),
    meeting: text('meeting').notNull(),
    decision: text('decision').notNull(),
    createdByUserId: uuid('created_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('major_decisions_unit_idx').on(t.unitId, t.decidedOn)],
);

/** The stated views of a decision in the order spoken; 末位表态: the principal speaks last. */
export const majorDecisionViews = pgTable(
  'major_decision_views',
  {
    decisionId: uuid('decision_id')
      .notNull()
      .references(() => majorDecisions.id, { onDelete: 'cascade' }),
    seq: integer('seq').notNull(),
    personId: uuid('person_id').references(() => people.id, { onDelete: 'set null' }),
    personName: text('person_name').notNull(),
    principal: boolean('principal').notNull().default(false),
    view: text('view').notNull(),
  },
  (t) => [primaryKey({ columns: [t.decisionId, t.seq] })],
);
