import { describe, expect, it } from 'vitest';
import { isDue, retryAfterMs, retryDelayMs, RETRY_MAX_MS } from '../../../src/core/survey/retrySchedule.js';

const HOUR = 3_600_000;

describe('retryDelayMs: exponential backoff with full jitter', () => {
  it.each([
    // failures, random, Retry-After (ms), wait (ms)
    [1, 0.999_999_999, null, 29_999],
    [1, 0.5, null, 15_000],
    [2, 0.5, null, 30_000],
    [3, 0.5, null, 60_000],
    [5, 0.5, null, 240_000],
    [10, 0.5, null, 7_680_000],
    // The ceiling stops at six hours, however many failures.
    [11, 0.5, null, RETRY_MAX_MS / 2],
    [64, 0.5, null, RETRY_MAX_MS / 2],
    [10_000, 0.5, null, RETRY_MAX_MS / 2],
    // Full jitter: random 0 may mean "at the next chance".
    [4, 0, null, 0],
    // Retry-After is the least wait, never shortened by the jitter…
    [1, 0, 120_000, 120_000],
    [1, 0.5, 5_000, 15_000],
    // …and never more than a day, whatever the header says.
    [1, 0.5, 10 * 24 * HOUR, 24 * HOUR],
    // A bad count is treated as the first failure; a random outside [0, 1) is clamped.
    [0, 0.5, null, 15_000],
    [-3, 0.5, null, 15_000],
    [1, 7, null, 30_000],
  ])('after %i failure(s), random %d, Retry-After %s: waits %i ms', (failures, random, retryAfter, wait) => {
    expect(retryDelayMs(failures, () => random, retryAfter)).toBe(wait);
  });
});

describe('retryAfterMs', () => {
  it.each([
    ['120', 120_000],
    [' 0 ', 0],
    [null, null],
    ['', null],
    ['-5', null],
    ['1.5', null],
    ['Wed, 21 Oct 2026 07:28:00 GMT', null],
  ])('%j → %s', (header, ms) => expect(retryAfterMs(header)).toBe(ms));
});

describe('isDue', () => {
  const now = Date.parse('2026-11-23T10:00:00Z');
  it.each([
    ['2026-11-23T09:59:59.000Z', true],
    ['2026-11-23T10:00:00.000Z', true],
    ['2026-11-23T10:00:01.000Z', false],
    ['not a time', true],
  ])('%s → %s', (at, due) => expect(isDue(at, now)).toBe(due));
});
