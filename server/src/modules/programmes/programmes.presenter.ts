import { PROGRAMMES, type ProgrammeCode, type ProgrammePublicationView } from '@mofan/shared';
import type { AdoptionJoinedRow, PublicationJoinedRow } from './programmes.repository';

/** The programme's name as the seeds give it; a code no longer shipped shows as itself. */
export function programmeNameOf(code: string): string {
  return PROGRAMMES.find((p) => p.code === code)?.name ?? code;
}

/**
 * A publication with the adoption status of each unit the reader looks at: adopted when and by
 * whom, or not yet (null).
 */
export function presentPublication(row: PublicationJoinedRow, units: readonly { id: string; name: string; path: string }[], adoptions: readonly AdoptionJoinedRow[]): ProgrammePublicationView {
  const p = row.publication;
  const byUnit = new Map(adoptions.filter((a) => a.adoption.publicationId === p.id).map((a) => [a.adoption.unitId, a]));
  const statuses = units
    .filter((u) => u.path.startsWith(row.nodePath))
    .map((u) => {
      const a = byUnit.get(u.id);
      return { unitId: u.id, unitName: u.name, adoptedAt: a ? a.adoption.adoptedAt.toISOString() : null, adoptedByName: a?.adoptedByName ?? null, note: a?.adoption.note ?? null };
    });
  return {
    id: p.id,
    nodeId: p.nodeId,
    nodeName: row.nodeName,
    programmeCode: p.programmeCode as ProgrammeCode,
    programmeName: programmeNameOf(p.programmeCode),
    note: p.note,
    publishedAt: p.publishedAt.toISOString(),
    publishedByName: row.publishedByName,
    withdrawnAt: p.withdrawnAt ? p.withdrawnAt.toISOString() : null,
    units: statuses,
    adoptedCount: statuses.filter((s) => s.adoptedAt !== null).length,
  };
}
