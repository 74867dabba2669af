import type { InspectionTarget } from '@mofan/shared';

/** "市财政局 · 办公室" for a 科室 (every unit has an 办公室), the unit's name alone for a unit. */
export function unitNodeLabel(unitName: string | null, nodeName: string): string {
  return unitName && !nodeName.startsWith(unitName) ? `${unitName} · ${nodeName}` : nodeName;
}

export function targetLabel(t: Pick<InspectionTarget, 'nodeName' | 'unitName'>): string {
  return unitNodeLabel(t.unitName, t.nodeName);
}
