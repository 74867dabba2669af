import type { ActivityRecord } from '@mofan/shared';
import type { RecordJoinedRow, findParticipants } from './records.repository';

type ParticipantRow = Awaited<ReturnType<typeof findParticipants>>[number];

export function presentRecord(row: RecordJoinedRow, participants: ParticipantRow[]): ActivityRecord {
  const r = row.record;
  return {
    id: r.id,
    ownerNodeId: r.ownerNodeId,
    ownerNodeName: row.ownerNodeName,
    personId: r.personId,
    personName: row.personName,
    kinds: r.kinds,
    occurredOn: r.occurredOn,
    endsOn: r.endsOn,
    topic: r.topic,
    hostPersonId: r.hostPersonId,
    hostName: row.hostName,
    lecturerPersonId: r.lecturerPersonId,
    lecturerName: r.lecturerName ?? row.lecturerPersonName,
    notes: r.notes,
    details: r.details,
    participants,
    presentCount: row.presentCount,
    absentCount: row.absentCount,
    version: r.version,
    createdAt: r.createdAt.toISOString(),
  };
}
