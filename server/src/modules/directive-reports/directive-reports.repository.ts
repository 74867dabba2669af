import { and, asc, eq, gte, lte, or, sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../db/client';
import { directiveAssignees, directiveExtensions, directives, orgNodes } from '../../db/schema/index';
import type { Scope } from '../access/access.types';
import { inScope } from '../access/scope-sql';

const supervisor = alias(orgNodes, 'supervisor');
const leadAssignee = alias(directiveAssignees, 'lead_assignee');
const lead = alias(orgNodes, 'lead');
const leadUnit = alias(orgNodes, 'lead_unit');

function inSubtree(column: SQLWrapper, path: string): SQL {
  return sql`${column} like ${`${path.replace(/[\\%_]/g, (c) => `\\${c}`)}%`}`;
}

/** One directive as the reports read it: its dates, its 承办 with that node's unit, its 协办 and approved extensions. */
export interface ReportDirectiveRow {
  id: string;
  code: string | null;
  title: string;
  source: string;
  instruction: string | null;
  instructedBy: string | null;
  status: string;
  registeredOn: string;
  dueOn: string;
  extendedDueOn: string | null;
  completedAt: Date | null;
  closedAt: Date | null;
  leadNodeId: string;
  leadNodeName: string;
  leadNodeKind: string;
  leadSortOrder: number;
  leadUnitId: string | null;
  leadUnitName: string | null;
  leadUnitSortOrder: number | null;
  assistNodeNames: string[];
  extensionsApproved: number;
}

/**
 * The directives registered from `from` to `to` whose supervising office or 承办 lies under
 * `nodePath`, limited to those the reader sees: directives.read over the supervising office or
 * over the 承办.
 */
export async function findReportDirectives(db: DbOrTx, scope: Scope, nodePath: string, from: string, to: string): Promise<ReportDirectiveRow[]> {
  return db
    .select({
      id: directives.id,
      code: directives.code,
      title: directives.title,
      source: directives.source,
      instruction: directives.instruction,
      instructedBy: directives.instructedBy,
      status: directives.status,
      registeredOn: directives.registeredOn,
      dueOn: directives.dueOn,
      extendedDueOn: directives.extendedDueOn,
      completedAt: directives.completedAt,
      closedAt: directives.closedAt,
      leadNodeId: lead.id,
      leadNodeName: lead.name,
      leadNodeKind: lead.kind,
      leadSortOrder: lead.sortOrder,
      leadUnitId: lead.unitId,
      leadUnitName: leadUnit.name,
      leadUnitSortOrder: leadUnit.sortOrder,
      assistNodeNames: sql<string[]>`coalesce((
        select array_agg(n.name order by n.sort_order, n.name)
        from ${directiveAssignees} a join ${orgNodes} n on n.id = a.node_id
        where a.directive_id = ${directives.id} and a.role = 'assist'
      ), '{}')`,
      extensionsApproved: sql<number>`(select count(*)::int from ${directiveExtensions} e where e.directive_id = ${directives.id} and e.status = 'approved')`,
    })
    .from(directives)
    .innerJoin(supervisor, eq(supervisor.id, directives.supervisorNodeId))
    .innerJoin(leadAssignee, and(eq(leadAssignee.directiveId, directives.id), eq(leadAssignee.role, 'lead')))
    .innerJoin(lead, eq(lead.id, leadAssignee.nodeId))
    .leftJoin(leadUnit, eq(leadUnit.id, lead.unitId))
    .where(
      and(
        gte(directives.registeredOn, from),
        lte(directives.registeredOn, to),
        or(inSubtree(supervisor.path, nodePath), inSubtree(lead.path, nodePath)),
        or(inScope(scope, supervisor.path), inScope(scope, lead.path)),
      ),
    )
    .orderBy(asc(directives.registeredOn), asc(directives.code), asc(directives.createdAt), asc(directives.id));
}
