import { describe, expect, it } from 'vitest';
import { createRateLimiter } from '../../../src/core/server/rateLimiter.js';

describe('createRateLimiter', () => {
  it('lets a burst through, then one request per refill interval, and says how long to wait', () => {
    let now = 0;
    const limiter = createRateLimiter({ perMinute: 6, burst: 3 }, () => now);
    expect([1, 2, 3].map(() => limiter.take('a').ok)).toEqual([true, true, true]);
    expect(limiter.take('a')).toEqual({ ok: false, retryAfterSeconds: 10 });
    now += 4_000;
    expect(limiter.take('a')).toEqual({ ok: false, retryAfterSeconds: 6 });
    now += 6_000;
    expect(limiter.take('a').ok).toBe(true);
    expect(limiter.take('a').ok).toBe(false);
  });

  it('keeps one bucket per key, never refills past the burst, and forgets everything on clear', () => {
    let now = 0;
    const limiter = createRateLimiter({ perMinute: 60, burst: 1 }, () => now);
    expect(limiter.take('a').ok).toBe(true);
    expect(limiter.take('b').ok).toBe(true);
    expect(limiter.take('a').ok).toBe(false);
    now += 3_600_000;
    expect(limiter.take('a').ok).toBe(true);
    expect(limiter.take('a').ok).toBe(false);
    limiter.clear();
    expect(limiter.size).toBe(0);
    expect(limiter.take('a').ok).toBe(true);
  });

  it('never asks for less than a second, and drops full buckets when many keys pile up', () => {
    let now = 0;
    const limiter = createRateLimiter({ perMinute: 600_000, burst: 1 }, () => now);
    limiter.take('x');
    expect(limiter.take('x')).toEqual({ ok: false, retryAfterSeconds: 1 });
    for (let i = 0; i < 10_000; i += 1) limiter.take(`k${i}`);
    now += 1000;
    limiter.take('new');
    expect(limiter.size).toBeLessThan(100);
  });
});
