import { describe, expect, it } from 'vitest';
import { PerMinuteLimiter } from './lookup-rate-limit';

function clockAt(ms: number) {
  const clock = { at: ms, now: () => new Date(clock.at) };
  return clock;
}

describe('PerMinuteLimiter', () => {
  it('lets the limit through, then answers the seconds left in the minute', () => {
    const clock = clockAt(0);
    const limiter = new PerMinuteLimiter(3, clock.now);
    expect([limiter.hit('a'), limiter.hit('a'), limiter.hit('a')]).toEqual([null, null, null]);
    clock.at = 15_500;
    expect(limiter.hit('a')).toBe(45);
    clock.at = 59_999;
    expect(limiter.hit('a')).toBe(1);
    clock.at = 60_000;
    expect(limiter.hit('a')).toBeNull();
  });

  it('counts each address on its own', () => {
    const clock = clockAt(0);
    const limiter = new PerMinuteLimiter(1, clock.now);
    expect(limiter.hit('a')).toBeNull();
    expect(limiter.hit('a')).not.toBeNull();
    expect(limiter.hit('b')).toBeNull();
  });

  it('forgets expired addresses once it tracks many, so memory stays bounded', () => {
    const clock = clockAt(0);
    const limiter = new PerMinuteLimiter(5, clock.now, 60_000, 100);
    for (let i = 0; i < 100; i += 1) limiter.hit(`old${i}`);
    expect(limiter.size).toBe(100);
    clock.at = 61_000;
    limiter.hit('new');
    expect(limiter.size).toBe(1);
  });
});
