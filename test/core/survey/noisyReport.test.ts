import { describe, expect, it } from 'vitest';
import type { Report } from '../../../src/core/survey/responseFile.js';
import { noisyReport, reportSensitivity } from '../../../src/core/survey/noisyReport.js';
import type { RandomBytes } from '../../../src/core/survey/discreteLaplace.js';
import { seeded } from './randomResponses.js';

function seededBytes(seed: number): RandomBytes {
  const next = seeded(seed);
  return (n) => Uint8Array.from({ length: n }, () => Math.floor(next() * 256));
}

const option = (value: string, count: number | null) => ({ value, label: value, count, percent: null, suppressed: count === null, baselinePercent: null });
const report: Report = {
  respondents: 40, duplicatesRemoved: 2, invalid: 1, minCell: 5,
  questions: [
    { id: 'pathway', label: 'Pathway', kind: 'single', answered: 40, options: [option('a', 30), option('b', 10)] },
    { id: 'state', label: 'State', kind: 'single', answered: 40, options: [option('or', 25), option('nm', null), option('nh', null)] },
    { id: 'sites', label: 'Sites', kind: 'multi', answered: 38, options: [option('hospital', 30), option('clinic', 20), option('other', null)] },
  ],
};

describe('noisyReport', () => {
  it('sensitivity: one per single-choice question (two when its answered count cannot be a sum), options + 1 per tick-box question, 1 for the total', () => {
    const single = report.questions.filter((q) => q.kind === 'single');
    const perQuestion = single.map((q) => (q.options.every((o) => o.count !== null) ? 1 : 2));
    const multi = report.questions.filter((q) => q.kind === 'multi').map((q) => q.options.length + 1);
    expect(reportSensitivity(report)).toBe(1 + [...perQuestion, ...multi].reduce((a, b) => a + b, 0));
  });

  it('keeps suppressed counts hidden, counts whole and ≥ 0, totals consistent, and says ε', () => {
    const random = seededBytes(1);
    for (let run = 0; run < 200; run += 1) {
      const noisy = noisyReport(report, 0.5, random);
      expect(noisy.noise).toEqual({ epsilon: 0.5, sensitivity: reportSensitivity(report) });
      noisy.questions.forEach((q, i) => {
        const before = report.questions[i];
        q.options.forEach((o, j) => {
          expect(o.suppressed).toBe(before?.options[j]?.suppressed);
          if (o.suppressed) expect([o.count, o.percent]).toEqual([null, null]);
          else expect(Number.isInteger(o.count) && (o.count ?? -1) >= 0).toBe(true);
        });
        const shown = q.options.flatMap((o) => (o.count === null ? [] : [o.count]));
        const answered = q.answered ?? 0;
        if (q.id === 'pathway') expect(answered).toBe(shown.reduce((a, b) => a + b, 0));
        else expect(answered).toBeGreaterThanOrEqual(Math.max(0, ...shown));
        expect(noisy.respondents).toBeGreaterThanOrEqual(answered);
      });
    }
  });

  it('adds noise centred on the true counts, with the variance of scale Δ/ε', () => {
    const random = seededBytes(9);
    const epsilon = 2;
    const n = 3000;
    const draws = Array.from({ length: n }, () => noisyReport(report, epsilon, random).questions[0]?.options[0]?.count ?? 0);
    // The true count 30 is far from 0 at this scale, so clamping at 0 does not bend the distribution.
    const q = Math.exp(-epsilon / reportSensitivity(report));
    const variance = (2 * q) / (1 - q) ** 2;
    const mean = draws.reduce((a, b) => a + b, 0) / n;
    const seen = draws.reduce((a, b) => a + (b - mean) ** 2, 0) / (n - 1);
    expect(Math.abs(mean - 30)).toBeLessThan(5 * Math.sqrt(variance / n));
    expect(Math.abs(seen / variance - 1)).toBeLessThan(5 * Math.sqrt(5 / n));
  });

  it.each([0, -1, Number.NaN, Infinity, 2 ** -30])('refuses ε = %f', (epsilon) => {
    expect(() => noisyReport(report, epsilon, seededBytes(1))).toThrow(RangeError);
  });
});
