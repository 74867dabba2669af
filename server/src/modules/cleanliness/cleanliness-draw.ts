import crypto from 'node:crypto';

/**
 * 一抽查: `count` of the pool picked uniformly at random (a partial Fisher–Yates shuffle on
 * crypto.randomInt), in the order drawn. The pool comes sorted by id, so the audit entry that
 * keeps pool and result lets anyone see what was drawn from what.
 */
export function drawAtRandom<T>(pool: readonly T[], count: number, randomInt: (max: number) => number = (max) => crypto.randomInt(max)): T[] {
  const list = [...pool];
  const n = Math.min(count, list.length);
  for (let i = 0; i < n; i++) {
    const j = i + randomInt(list.length - i);
    [list[i], list[j]] = [list[j]!, list[i]!];
  }
  return list.slice(0, n);
}
