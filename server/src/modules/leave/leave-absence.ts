import type { DbOrTx } from '../../db/client';
import { absenceReasonOf } from './leave-period';
import { findAwayOf } from './leave.repository';

interface AttendanceRow {
  personId: string;
  present: boolean;
  absenceReason: string | null;
}

/**
 * A meeting held during someone's approved leave lists them as absent with the leave as the
 * reason: participants recorded absent without a reason get it filled in. A reason the recorder
 * typed is kept, and nobody recorded present is changed (they may have come back for it).
 */
export async function withLeaveReasons<T extends AttendanceRow>(db: DbOrTx, rows: T[], date: string): Promise<T[]> {
  const unexplained = rows.filter((r) => !r.present && !r.absenceReason?.trim()).map((r) => r.personId);
  if (unexplained.length === 0) return rows;
  const away = new Map((await findAwayOf(db, unexplained, date)).map((a) => [a.personId, absenceReasonOf(a.kind, a.startsOn, a.effectiveEndsOn)]));
  return rows.map((r) => (!r.present && !r.absenceReason?.trim() && away.has(r.personId) ? { ...r, absenceReason: away.get(r.personId)! } : r));
}
