import { and, asc, desc, eq, isNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { orgNodes, programmeAdoptions, programmePublications, users } from '../../db/schema/index';

export type PublicationRow = typeof programmePublications.$inferSelect;
export type AdoptionRow = typeof programmeAdoptions.$inferSelect;

export interface PublicationJoinedRow {
  publication: PublicationRow;
  nodeName: string;
  nodePath: string;
  publishedByName: string | null;
}

export interface AdoptionJoinedRow {
  adoption: AdoptionRow;
  adoptedByName: string | null;
}

function likePrefix(path: string): string {
  return `${path.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

function publicationsJoined(db: DbOrTx) {
  return db
    .select({ publication: programmePublications, nodeName: orgNodes.name, nodePath: orgNodes.path, publishedByName: users.displayName })
    .from(programmePublications)
    .innerJoin(orgNodes, eq(orgNodes.id, programmePublications.nodeId))
    .leftJoin(users, eq(users.id, programmePublications.publishedByUserId));
}

/** The publications made at the given nodes (a node and its ancestors), newest first. */
export async function findPublicationsAtNodes(db: DbOrTx, nodeIds: string[]): Promise<PublicationJoinedRow[]> {
  if (nodeIds.length === 0) return [];
  return publicationsJoined(db)
    .where(sql`${programmePublications.nodeId} = any(${sql.param(nodeIds)}::uuid[])`)
    .orderBy(desc(programmePublications.publishedAt), asc(programmePublications.programmeCode));
}

export async function findPublicationJoined(db: DbOrTx, id: string): Promise<PublicationJoinedRow | null> {
  const rows = await publicationsJoined(db).where(eq(programmePublications.id, id)).limit(1);
  return rows[0] ?? null;
}

export async function findPublicationOfNode(db: DbOrTx, nodeId: string, programmeCode: string): Promise<PublicationRow | null> {
  const rows = await db
    .select()
    .from(programmePublications)
    .where(and(eq(programmePublications.nodeId, nodeId), eq(programmePublications.programmeCode, programmeCode)))
    .limit(1);
  return rows[0] ?? null;
}

export async function insertPublication(db: DbOrTx, row: typeof programmePublications.$inferInsert): Promise<PublicationRow> {
  const rows = await db.insert(programmePublications).values(row).returning();
  return rows[0]!;
}

/** Publishes a withdrawn programme again: one row per node and programme, so adoptions made before stay attached. */
export async function republishPublication(db: DbOrTx, id: string, fields: { note: string | null; publishedByUserId: string }, at: Date): Promise<PublicationRow | null> {
  const rows = await db
    .update(programmePublications)
    .set({ ...fields, publishedAt: at, withdrawnAt: null })
    .where(and(eq(programmePublications.id, id), sql`${programmePublications.withdrawnAt} is not null`))
    .returning();
  return rows[0] ?? null;
}

/** Marks a publication withdrawn unless it already is; null when it was. */
export async function withdrawPublicationRow(db: DbOrTx, id: string, at: Date): Promise<PublicationRow | null> {
  const rows = await db
    .update(programmePublications)
    .set({ withdrawnAt: at })
    .where(and(eq(programmePublications.id, id), isNull(programmePublications.withdrawnAt)))
    .returning();
  return rows[0] ?? null;
}

/** The units of a subtree (the node itself when it is a unit), in the tree's order. */
export async function findUnitsUnder(db: DbOrTx, path: string): Promise<{ id: string; name: string; path: string }[]> {
  return db
    .select({ id: orgNodes.id, name: orgNodes.name, path: orgNodes.path })
    .from(orgNodes)
    .where(and(eq(orgNodes.kind, 'unit'), sql`${orgNodes.path} like ${likePrefix(path)}`))
    .orderBy(asc(orgNodes.sortOrder), asc(orgNodes.name));
}

/** The adoptions of the given publications by the given units. */
export async function findAdoptions(db: DbOrTx, publicationIds: string[], unitIds: string[]): Promise<AdoptionJoinedRow[]> {
  if (publicationIds.length === 0 || unitIds.length === 0) return [];
  return db
    .select({ adoption: programmeAdoptions, adoptedByName: users.displayName })
    .from(programmeAdoptions)
    .leftJoin(users, eq(users.id, programmeAdoptions.adoptedByUserId))
    .where(
      and(
        sql`${programmeAdoptions.publicationId} = any(${sql.param(publicationIds)}::uuid[])`,
        sql`${programmeAdoptions.unitId} = any(${sql.param(unitIds)}::uuid[])`,
      ),
    );
}

export async function findAdoption(db: DbOrTx, publicationId: string, unitId: string): Promise<AdoptionRow | null> {
  const rows = await db
    .select()
    .from(programmeAdoptions)
    .where(and(eq(programmeAdoptions.publicationId, publicationId), eq(programmeAdoptions.unitId, unitId)))
    .limit(1);
  return rows[0] ?? null;
}

export async function insertAdoption(db: DbOrTx, row: typeof programmeAdoptions.$inferInsert): Promise<AdoptionRow> {
  const rows = await db.insert(programmeAdoptions).values(row).returning();
  return rows[0]!;
}

/**
 * Which units have taken up a programme, and since when (for compliance and the 工委's overview).
 * Only publications still in force count; a unit that adopted it from more than one level (the
 * city and its 县区) is dated by its first adoption.
 */
export async function adoptionsOfProgramme(db: DbOrTx, programmeCode: string): Promise<Map<string, string>> {
  const rows = await db
    .select({ unitId: programmeAdoptions.unitId, adoptedAt: sql<Date>`min(${programmeAdoptions.adoptedAt})`.mapWith(programmeAdoptions.adoptedAt) })
    .from(programmeAdoptions)
    .innerJoin(programmePublications, eq(programmePublications.id, programmeAdoptions.publicationId))
    .where(and(eq(programmePublications.programmeCode, programmeCode), isNull(programmePublications.withdrawnAt)))
    .groupBy(programmeAdoptions.unitId);
  return new Map(rows.map((r) => [r.unitId, r.adoptedAt.toISOString()]));
}
