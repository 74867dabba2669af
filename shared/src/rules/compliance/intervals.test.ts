import { describe, expect, it } from 'vitest';
import { clipAndMerge, subtractRanges, totalDays } from './intervals';

const year2026 = { from: '2026-01-01', to: '2026-12-31' };

describe('intervals', () => {
  it('clips to the window, closes open ends, sorts and merges overlapping and adjacent ranges', () => {
    expect(
      clipAndMerge(
        [
          { from: '2026-06-01', to: null },
          { from: '2025-03-01', to: '2026-02-10' },
          { from: '2026-02-11', to: '2026-02-20' },
          { from: '2026-05-01', to: '2026-06-15' },
          { from: '2024-01-01', to: '2024-12-31' },
        ],
        year2026,
      ),
    ).toEqual([
      { from: '2026-01-01', to: '2026-02-20' },
      { from: '2026-05-01', to: '2026-12-31' },
    ]);
  });

  it('subtracts holes at the start, in the middle, at the end and spanning ranges', () => {
    const ranges = [
      { from: '2026-01-01', to: '2026-01-31' },
      { from: '2026-03-01', to: '2026-03-31' },
    ];
    const holes = [
      { from: '2026-01-01', to: '2026-01-05' },
      { from: '2026-01-10', to: '2026-01-10' },
      { from: '2026-01-31', to: '2026-03-02' },
    ];
    const result = subtractRanges(ranges, holes);
    expect(result).toEqual([
      { from: '2026-01-06', to: '2026-01-09' },
      { from: '2026-01-11', to: '2026-01-30' },
      { from: '2026-03-03', to: '2026-03-31' },
    ]);
    expect(totalDays(result)).toBe(4 + 20 + 29);
    expect(subtractRanges(ranges, [year2026])).toEqual([]);
  });
});
