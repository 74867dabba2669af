import { OFFICE_OUTPUT_KINDS, type OfficeOutput } from '@mofan/shared';
import type { OfficeOutputJoinedRow } from './office-outputs.repository';

export function officeOutputKindOf(value: string): OfficeOutput['kind'] {
  const kind = OFFICE_OUTPUT_KINDS.find((k) => k === value);
  if (!kind) throw new Error(`office output with an unknown kind: ${value}`);
  return kind;
}

export function presentOfficeOutput(row: OfficeOutputJoinedRow): OfficeOutput {
  const o = row.output;
  return {
    id: o.id,
    nodeId: o.nodeId,
    nodeName: row.nodeName,
    unitName: row.unitName,
    kind: officeOutputKindOf(o.kind),
    occurredOn: o.occurredOn,
    title: o.title,
    refNo: o.refNo,
    createdByName: row.createdByName,
    version: o.version,
    createdAt: o.createdAt.toISOString(),
    updatedAt: o.updatedAt.toISOString(),
  };
}
