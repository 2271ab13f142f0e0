import { describe, expect, it } from 'vitest';
import { bernoulliExp, sampleDiscreteLaplace, uniformBelow, type RandomBytes } from '../../../src/core/survey/discreteLaplace.js';
import { seeded } from './randomResponses.js';

/** Seeded bytes for the test only: the product passes a secure source. */
function seededBytes(seed: number): RandomBytes {
  const next = seeded(seed);
  return (n) => Uint8Array.from({ length: n }, () => Math.floor(next() * 256));
}

function moments(xs: readonly number[]) {
  const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
  const variance = xs.reduce((a, b) => a + (b - mean) ** 2, 0) / (xs.length - 1);
  return { mean, variance };
}

describe('discrete Laplace sampler (CKS20)', () => {
  it.each([
    ['scale 3', 3n, 1n],
    ['scale 0.5', 1n, 2n],
    ['scale 7 / 1.7 as the report passes it (ε rounded down to 2^-20)', 7n * 2n ** 20n, BigInt(Math.floor(1.7 * 2 ** 20))],
  ])('%s: mean, variance and P(0) within bounds over 20,000 draws', (_name, t, s) => {
    const random = seededBytes(42);
    const n = 20_000;
    const xs = Array.from({ length: n }, () => Number(sampleDiscreteLaplace(t, s, random)));
    // P[x] ∝ q^|x| with q = exp(−s/t): variance 2q/(1−q)², P[0] = (1−q)/(1+q).
    const q = Math.exp(-Number(s) / Number(t));
    const variance = (2 * q) / (1 - q) ** 2;
    const { mean, variance: seen } = moments(xs);
    expect(Math.abs(mean)).toBeLessThan(5 * Math.sqrt(variance / n));
    // The variance estimate's relative standard error is about sqrt((kurtosis − 1) / n) ≤ sqrt(5 / n) for these.
    expect(Math.abs(seen / variance - 1)).toBeLessThan(5 * Math.sqrt(5 / n));
    const p0 = (1 - q) / (1 + q);
    const zeros = xs.filter((x) => x === 0).length / n;
    expect(Math.abs(zeros - p0)).toBeLessThan(5 * Math.sqrt((p0 * (1 - p0)) / n));
    expect(xs.every(Number.isInteger)).toBe(true);
  });

  it.each([[1n, 3n], [5n, 2n], [0n, 1n]])('Bernoulli(exp(−%i/%i)) has that frequency', (num, den) => {
    const random = seededBytes(7);
    const n = 20_000;
    const p = Math.exp(-Number(num) / Number(den));
    const hits = Array.from({ length: n }, () => bernoulliExp(num, den, random)).filter(Boolean).length / n;
    expect(Math.abs(hits - p)).toBeLessThanOrEqual(5 * Math.sqrt((p * (1 - p)) / n) + 1e-12);
  });

  it('draws uniformly below n, never n or above, across a byte boundary', () => {
    const random = seededBytes(3);
    for (const n of [3n, 256n, 300n]) {
      const draws = Array.from({ length: 30_000 }, () => uniformBelow(n, random));
      expect(draws.every((d) => d >= 0n && d < n)).toBe(true);
      const low = draws.filter((d) => d < n / 2n).length / draws.length;
      const expected = Number(n / 2n) / Number(n);
      expect(Math.abs(low - expected)).toBeLessThan(5 * Math.sqrt((expected * (1 - expected)) / draws.length));
    }
  });
});
