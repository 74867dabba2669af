import {
  type CreatePostRequest,
  POST_ROLE_LABELS,
  POST_ROLE_NODE_KINDS,
  ORG_NODE_KIND_LABELS,
  type OrgNodeKind,
  type Post,
  type PostListQuery,
  type PostRole,
  type UpdatePostRequest,
  shanghaiDate,
  treeOfKind,
} from '@mofan/shared';
import type { AppContext } from '../../context';
import type { DbOrTx } from '../../db/client';
import { AppError, invalidField, notFound, versionConflict } from '../../errors';
import { requirePermission, requirePermissionAt } from '../access/access.rules';
import type { Actor } from '../access/access.types';
import { auditAction } from '../audit/audit.service';
import { complianceAfterFactsChange } from '../compliance/refresh';
import { findNodesByIds, lockNode } from '../org/org.repository';
import { requireNodeAccess } from '../org/org.service';
import { loadPersonFor } from './people.service';
import { presentPost } from './people.presenter';
import {
  type PostJoinedRow,
  deletePostRow,
  findOverlappingPost,
  findPostJoined,
  findPosts,
  findPostsOfPerson,
  findSupervisedDepartments,
  insertPost,
  replaceSupervisedDepartments,
  updatePostRow,
} from './posts.repository';

async function present(db: DbOrTx, rows: PostJoinedRow[]): Promise<Post[]> {
  const supervised = await findSupervisedDepartments(db, rows.map((r) => r.post.id));
  return rows.map((r) => presentPost(r, supervised.filter((s) => s.postId === r.post.id).map(({ id, name }) => ({ id, name }))));
}

export async function listPostsOfPerson(db: DbOrTx, personId: string): Promise<Post[]> {
  return present(db, await findPostsOfPerson(db, personId));
}

export async function listPosts(ctx: AppContext, actor: Actor, query: PostListQuery) {
  const scope = requirePermission(actor, 'people.read');
  if (query.nodeId) await requireNodeAccess(ctx.db, actor, 'people.read', query.nodeId, 'nodeId');
  const onDate = query.onDate ?? (query.current === 'true' ? shanghaiDate(ctx.now()) : undefined);
  const { rows, total } = await findPosts(ctx.db, scope, { nodeId: query.nodeId, role: query.role, onDate }, query.page, query.pageSize);
  return { items: await present(ctx.db, rows), total, page: query.page, pageSize: query.pageSize };
}

/** 分管科室 are 科室 of the unit the 班子成员 post is held in; only that post has them. */
async function checkSupervised(db: DbOrTx, role: string, unitId: string | null, ids: string[] | undefined): Promise<string[]> {
  if (!ids || ids.length === 0) return [];
  if (role !== 'leadership_member') throw invalidField('supervisedDepartmentIds', '只有班子成员有分管科室');
  const unique = [...new Set(ids)];
  const nodes = await findNodesByIds(db, unique);
  if (nodes.length !== unique.length || nodes.some((n) => n.kind !== 'department' || n.unitId !== unitId)) {
    throw invalidField('supervisedDepartmentIds', '分管科室须为本单位的内设科室');
  }
  return unique;
}

/** Posts a party organisation has one holder of at a time: one 书记 of a 支部, one 党小组长 of a group. */
const SINGLE_HOLDER_ROLES: ReadonlySet<string> = new Set<PostRole>(['branch_secretary', 'party_group_leader']);

/** 党内职务: held in the party tree, and only by a full member (预备党员 have no right to be elected). */
function isPartyPost(role: PostRole): boolean {
  return POST_ROLE_NODE_KINDS[role].every((kind) => treeOfKind(kind) === 'party');
}

/**
 * Refuses a period that overlaps the same person's same post in the node (a duplicate), or, for
 * a single-holder post, anyone's: "who was 支部书记 on that day" must have one answer.
 */
async function checkNoOverlap(db: DbOrTx, post: { personId: string; nodeId: string; role: string; startDate: string; endDate: string | null; exceptId?: string }): Promise<void> {
  // Two admins saving at once would both pass the check below: the node's row lock queues them.
  await lockNode(db, post.nodeId);
  const label = POST_ROLE_LABELS[post.role as PostRole] ?? post.role;
  const same = await findOverlappingPost(db, post);
  if (same) throw new AppError('CONFLICT', `此人在该组织已有同期的${label}任职记录`, [{ field: 'startDate', message: '与已有任职记录重叠' }]);
  if (!SINGLE_HOLDER_ROLES.has(post.role)) return;
  const { personId: _personId, ...anyone } = post;
  const other = await findOverlappingPost(db, anyone);
  if (other) {
    throw new AppError('CONFLICT', `该组织在此期间已有${label}（${other.personName}，${other.post.startDate}起），请先填写其离任日期`, [
      { field: 'startDate', message: `与${other.personName}的任期重叠` },
    ]);
  }
}

export async function createPost(ctx: AppContext, actor: Actor, personId: string, input: CreatePostRequest): Promise<Post> {
  const post = await ctx.db.transaction(async (tx) => {
    const person = await loadPersonFor(tx, actor, 'people.write', personId);
    const node = await requireNodeAccess(tx, actor, 'people.write', input.nodeId, 'nodeId');
    if (!POST_ROLE_NODE_KINDS[input.role].includes(node.kind as OrgNodeKind)) {
      throw invalidField('nodeId', `${POST_ROLE_LABELS[input.role]}不能任职于${ORG_NODE_KIND_LABELS[node.kind as OrgNodeKind]}`);
    }
    if (isPartyPost(input.role) && person.person.politicalStatus !== 'party_member') {
      throw invalidField('role', `${POST_ROLE_LABELS[input.role]}须由正式党员担任`);
    }
    if (input.endDate && input.endDate < input.startDate) throw invalidField('endDate', '结束日期不能早于开始日期');
    const supervised = await checkSupervised(tx, input.role, node.unitId, input.supervisedDepartmentIds);
    await checkNoOverlap(tx, { personId, nodeId: node.id, role: input.role, startDate: input.startDate, endDate: input.endDate ?? null });
    const row = await insertPost(tx, {
      personId,
      nodeId: node.id,
      role: input.role,
      isPrimary: false,
      startDate: input.startDate,
      endDate: input.endDate ?? null,
      note: input.note ?? null,
    });
    await replaceSupervisedDepartments(tx, row.id, supervised);
    await auditAction(tx, actor, {
      action: 'post.create',
      objectType: 'post',
      objectId: row.id,
      objectLabel: `${person.person.name} ${POST_ROLE_LABELS[input.role]}`,
      scopePath: node.path,
      result: 'success',
      details: { role: input.role, nodeId: node.id, startDate: input.startDate, endDate: input.endDate ?? null },
    });
    await complianceAfterFactsChange(tx, { unitIds: [person.person.unitId] });
    return row;
  });
  return (await present(ctx.db, [(await findPostJoined(ctx.db, post.id))!]))[0]!;
}

async function loadPostFor(db: DbOrTx, actor: Actor, id: string): Promise<PostJoinedRow> {
  const row = await findPostJoined(db, id);
  if (!row) throw notFound('任职记录');
  requirePermissionAt(actor, 'people.write', row.nodePath);
  return row;
}

export async function updatePost(ctx: AppContext, actor: Actor, id: string, input: UpdatePostRequest): Promise<Post> {
  await ctx.db.transaction(async (tx) => {
    const current = await loadPostFor(tx, actor, id);
    const startDate = input.startDate ?? current.post.startDate;
    const endDate = input.endDate === undefined ? current.post.endDate : input.endDate;
    if (endDate && endDate < startDate) throw invalidField('endDate', '结束日期不能早于开始日期');
    if (current.post.isPrimary && input.endDate) throw new AppError('CONFLICT', '主职科室随人员所在科室变动，请修改人员的所在科室');
    // Only a longer period can meet another one; ending a post is never refused.
    const lengthened = startDate < current.post.startDate || (current.post.endDate !== null && (endDate === null || endDate > current.post.endDate));
    if (lengthened && !current.post.isPrimary) {
      await checkNoOverlap(tx, { personId: current.post.personId, nodeId: current.post.nodeId, role: current.post.role, startDate, endDate, exceptId: id });
    }
    const updated = await updatePostRow(tx, id, input.version, { startDate, endDate, ...(input.note === undefined ? {} : { note: input.note }) }, ctx.now());
    if (!updated) throw versionConflict();
    if (input.supervisedDepartmentIds) {
      const node = (await findNodesByIds(tx, [current.post.nodeId]))[0];
      await replaceSupervisedDepartments(tx, id, await checkSupervised(tx, current.post.role, node?.unitId ?? null, input.supervisedDepartmentIds));
    }
    await auditAction(tx, actor, {
      action: 'post.update',
      objectType: 'post',
      objectId: id,
      objectLabel: `${current.personName} ${POST_ROLE_LABELS[current.post.role as keyof typeof POST_ROLE_LABELS] ?? current.post.role}`,
      scopePath: current.nodePath,
      result: 'success',
      details: { before: { startDate: current.post.startDate, endDate: current.post.endDate }, after: { startDate, endDate } },
    });
    await complianceAfterFactsChange(tx, { unitIds: [current.personUnitId] });
  });
  return (await present(ctx.db, [(await findPostJoined(ctx.db, id))!]))[0]!;
}

export async function deletePost(ctx: AppContext, actor: Actor, id: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const current = await loadPostFor(tx, actor, id);
    if (current.post.isPrimary) throw new AppError('CONFLICT', '主职科室记录不能删除');
    await deletePostRow(tx, id);
    await auditAction(tx, actor, { action: 'post.delete', objectType: 'post', objectId: id, objectLabel: current.personName, scopePath: current.nodePath, result: 'success', details: { role: current.post.role } });
    await complianceAfterFactsChange(tx, { unitIds: [current.personUnitId] });
  });
}
