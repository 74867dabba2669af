import { STATUS_STYLES } from './status-style';

/** The city grid's bands, in the palette of the other grids: ≥90% green, ≥60% orange, below red. */
const BANDS = [
  { min: 0.9, label: '≥90%', style: STATUS_STYLES.met },
  { min: 0.6, label: '60%–90%', style: STATUS_STYLES.partly },
  { min: 0, label: '<60%', style: STATUS_STYLES.missed },
] as const;

/** A cell with nothing due yet is grey: the unit is not marked down for what is not asked. */
const NONE = { label: '暂无到期要求', style: STATUS_STYLES.exempt } as const;

export const RATIO_LEGEND = [...BANDS, NONE] as const;

export function ratioStyle(ratio: number | null) {
  if (ratio === null) return NONE.style;
  // The last band starts at 0, so any ratio finds one; a negative one would be a server bug, shown red.
  return (BANDS.find((b) => ratio >= b.min) ?? BANDS[2]).style;
}

export function percentText(ratio: number | null): string {
  return ratio === null ? '—' : `${Math.round(ratio * 100)}%`;
}
