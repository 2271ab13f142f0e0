import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Bank } from '../../../src/core/bank/schema.js';
import { buildReport } from '../../../src/core/survey/buildReport.js';
import { suppress } from '../../../src/core/survey/suppress.js';
import { addToTally, createTally } from '../../../src/core/survey/tally.js';

const T = true;
const F = false;
const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

describe('suppress', () => {
  it.each<[string, 'single' | 'multi', number[], number, number, boolean[], boolean]>([
    ['nothing small', 'single', [10, 20, 0], 30, 5, [F, F, F], F],
    ['nobody answered', 'single', [0, 0], 0, 5, [F, F], F],
    ['one small cell: the smallest other cell is added', 'single', [10, 3, 20], 33, 5, [T, T, F], F],
    ['a tie: the first of the smallest', 'single', [3, 7, 7], 17, 5, [T, T, F], F],
    ['two small cells already safe together', 'single', [4, 1, 0, 100], 105, 5, [T, T, F, F], F],
    ['two small cells summing below K: a third is added', 'single', [2, 2, 30, 40], 74, 5, [T, T, T, F], F],
    ['two ones: a third, then safe', 'single', [1, 1, 50], 52, 5, [T, T, T], F],
    ['all ones but one: total equals n, so one more', 'single', [1, 1, 1, 1, 1, 10], 15, 5, [T, T, T, T, T, T], F],
    ['all ones: every cell and the denominator', 'single', [1, 1, 1, 1, 1, 1], 6, 5, [T, T, T, T, T, T], T],
    ['all ones and a zero: the zero does not help', 'single', [1, 1, 1, 1, 1, 0], 5, 5, [T, T, T, T, T, T], T],
    ['answered below K: everything, zeros too', 'single', [3, 0], 3, 5, [T, T], T],
    ['K = 2', 'single', [1, 9, 0], 10, 2, [T, T, F], F],
    ['K = 1 suppresses nothing', 'single', [1, 9], 10, 1, [F, F], F],
    ['multi with small cells: only those', 'multi', [3, 40, 0, 1], 42, 5, [T, F, F, T], F],
    ['multi, answered below K: everything', 'multi', [2, 1, 0], 3, 5, [T, T, T], T],
  ])('%s', (_name, kind, counts, answered, k, cells, answeredHidden) => {
    expect(suppress(counts, answered, kind, k)).toEqual({ cells, answered: answeredHidden });
  });

  /** A one-question bank with `n` options, for feeding buildReport. */
  const bankWith = (kind: 'single' | 'multi', n: number): Bank => ({
    id: 'prop', version: '1', title: 'p',
    questions: [{
      id: 'q', kind, prompt: 'Q?', section: 's', optional: false, filter: false,
      options: Array.from({ length: n }, (_, i) => ({ value: `o${i}`, label: `O${i}` })),
    }],
  } as Bank);

  const counts = fc.array(fc.integer({ min: 0, max: 30 }), { minLength: 2, maxLength: 8 });
  const k = fc.integer({ min: 2, max: 10 });

  it('single choice: nothing small is shown, and what is hidden cannot be recovered by subtraction', () => {
    fc.assert(
      fc.property(counts, k, (cs, K) => {
        const answered = sum(cs);
        const s = suppress(cs, answered, 'single', K);
        cs.forEach((c, i) => {
          if (!s.cells[i]) expect(c < 1 || c >= K, `shown ${c}`).toBe(true);
        });
        if (!s.answered) {
          const n = s.cells.filter(Boolean).length;
          const hidden = answered - sum(cs.filter((_, i) => !s.cells[i]));
          expect(n === 0 || (n >= 2 && hidden >= K && hidden > n)).toBe(true);
        } else {
          expect(answered < K || s.cells.every(Boolean)).toBe(true);
        }

        const bank = bankWith('single', cs.length);
        const tally = createTally(bank);
        cs.forEach((c, i) => {
          for (let r = 0; r < c; r += 1) addToTally(tally, { q: `o${i}` });
        });
        const q = buildReport(bank, tally, { minCell: K, duplicatesRemoved: 0, invalid: 0 }).questions[0];
        expect(q?.answered).toBe(s.answered ? null : answered);
        q?.options.forEach((o, i) => {
          expect(o.suppressed).toBe(s.cells[i]);
          if (o.suppressed) expect([o.count, o.percent]).toEqual([null, null]);
          else expect(o.count).toBe(cs[i]);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('multi choice: primary suppression only, unless fewer than K answered', () => {
    fc.assert(
      fc.property(counts, k, fc.integer({ min: 0, max: 30 }), (cs, K, extra) => {
        const answered = Math.max(...cs) + extra;
        const s = suppress(cs, answered, 'multi', K);
        const fewer = answered >= 1 && answered < K;
        expect(s).toEqual({ cells: cs.map((c) => fewer || (c >= 1 && c < K)), answered: fewer });
      }),
    );
  });
});
