import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { orgNodes } from './org';

export const people = pgTable(
  'people',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    gender: text('gender').notNull(),
    idCardNo: text('id_card_no').notNull().unique('people_id_card_no_uq'),
    birthDate: date('birth_date'),
    ethnicity: text('ethnicity'),
    phone: text('phone'),
    jobTitle: text('job_title'),
    hiredOn: date('hired_on'),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => orgNodes.id),
    departmentId: uuid('department_id')
      .notNull()
      .references(() => orgNodes.id),
    politicalStatus: text('political_status').notNull(),
    joinedPartyOn: date('joined_party_on'),
    fullMemberOn: date('full_member_on'),
    branchId: uuid('branch_id').references(() => orgNodes.id),
    partyGroupId: uuid('party_group_id').references(() => orgNodes.id),
    status: text('status').notNull().default('active'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('people_department_idx').on(t.departmentId),
    index('people_branch_idx').on(t.branchId),
    index('people_unit_idx').on(t.unitId),
    index('people_name_idx').on(t.name),
  ],
);

/**
 * A post (任职) held by a person in an org node, with its dates. History is never overwritten:
 * leaving a post sets `end_date`, so "who was 支部书记 last year" stays answerable.
 */
export const posts = pgTable(
  'posts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    nodeId: uuid('node_id')
      .notNull()
      .references(() => orgNodes.id),
    role: text('role').notNull(),
    isPrimary: boolean('is_primary').notNull().default(false),
    startDate: date('start_date').notNull(),
    endDate: date('end_date'),
    note: text('note'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('posts_person_idx').on(t.personId),
    index('posts_node_role_idx').on(t.nodeId, t.role),
    check('posts_dates_ck', sql`${t.endDate} is null or ${t.endDate} >= ${t.startDate}`),
  ],
);

/** The 科室 a 班子成员 分管 under a given post. */
export const postSupervisedDepartments = pgTable(
  'post_supervised_departments',
  {
    postId: uuid('post_id')
      .notNull()
      .references(() => posts.id, { onDelete: 'cascade' }),
    departmentId: uuid('department_id')
      .notNull()
      .references(() => orgNodes.id),
  },
  (t) => [primaryKey({ columns: [t.postId, t.departmentId] })],
);
