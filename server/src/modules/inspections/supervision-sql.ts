/**
 * The visibility rules of inspection-access.ts in SQL, for lists and counts: the same rules, over
 * the joins every supervision query makes (the organiser of a check, the node and unit of a
 * problem, the responsible node of its 整改).
 */
import { type SQL, type SQLWrapper, and, isNotNull, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { inspectionInspectors, inspectionTargets, inspections, orgNodes, problems } from '../../db/schema/index';
import { inScope } from '../access/scope-sql';
import type { SupervisionReach } from './inspection-access';

export const organizer = alias(orgNodes, 'organizer');
export const problemNode = alias(orgNodes, 'problem_node');
export const problemUnit = alias(orgNodes, 'problem_unit');
export const responsibleNode = alias(orgNodes, 'responsible_node');

export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

export function inSubtree(column: SQLWrapper, path: string): SQL {
  return sql`${column} like ${`${escapeLike(path)}%`}`;
}

function inspectorOf(inspectionId: SQLWrapper, userId: string): SQL {
  return sql`exists (select 1 from ${inspectionInspectors} ii where ii.inspection_id = ${inspectionId} and ii.user_id = ${userId})`;
}

/** An unannounced check not done yet (false when the row has no check). */
const hiddenPlan = sql`coalesce(${inspections.unannounced} and ${inspections.status} <> 'done', false)`;

/** Over `inspections` joined with `organizer`. */
export function inspectionVisible(reach: SupervisionReach): SQL {
  const targetInReach = sql`exists (select 1 from ${inspectionTargets} it join ${orgNodes} tn on tn.id = it.node_id where it.inspection_id = ${inspections.id} and ${inScope(reach.read, sql`tn.path`)})`;
  return or(inspectorOf(inspections.id, reach.userId), and(sql`not ${hiddenPlan}`, or(inScope(reach.read, organizer.path), targetInReach)))!;
}

/** Found by a check that is done, or registered on its own (over `problems` left-joined with `inspections`). */
export const problemPublished = sql`(${problems.inspectionId} is null or ${inspections.status} = 'done')`;

/**
 * Over `problems` joined with `problem_node`, left-joined with `inspections`, `organizer`,
 * `rectifications` and `responsible_node`.
 */
export function problemVisible(reach: SupervisionReach): SQL {
  const fromCheck = isNotNull(problems.inspectionId);
  const responsibleInReach = and(isNotNull(responsibleNode.path), or(inScope(reach.read, responsibleNode.path), inScope(reach.handle, responsibleNode.path)));
  return or(
    and(fromCheck, inspectorOf(problems.inspectionId, reach.userId)),
    and(sql`not ${hiddenPlan}`, or(and(fromCheck, inScope(reach.read, organizer.path)), and(problemPublished, or(inScope(reach.read, problemNode.path), responsibleInReach)))),
  )!;
}
