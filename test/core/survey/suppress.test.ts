import { describe, expect, it } from 'vitest';
import type { Bank } from '../../../src/core/bank/schema.js';
import { buildReport } from '../../../src/core/survey/buildReport.js';
import type { Report } from '../../../src/core/survey/responseFile.js';
import { addToTally, createTally } from '../../../src/core/survey/tally.js';
import { seeded } from './randomResponses.js';
import { allWorlds, countsOf, patternsOf, shownOf, type Pattern } from './worlds.js';

const base = { section: 's', survey_only: false, filter: false, optional: false, prompt: '?' };
const options = (...values: string[]) => values.map((value) => ({ value, label: value }));
const bankOf = (...questions: object[]): Bank => ({ id: 't', version: '1', title: 't', questions } as unknown as Bank);

/** `groups` as [answers, how many people gave them]. */
function people(groups: [Pattern, number][]): Pattern[] {
  return groups.flatMap(([p, n]) => Array.from({ length: n }, () => p));
}

function reportOf(bank: Bank, crowd: readonly Pattern[], minCell = 5): Report {
  const tally = createTally(bank);
  for (const p of crowd) {
    const answers: Record<string, string | string[]> = {};
    for (const q of bank.questions) {
      const chosen = p[q.id];
      if (q.kind !== 'text' && chosen && chosen.length > 0) answers[q.id] = q.kind === 'single' ? (chosen[0] as string) : chosen;
    }
    addToTally(tally, answers);
  }
  return buildReport(bank, tally, { minCell, duplicatesRemoved: 0, invalid: 0 });
}

const count = (r: Report, q: string, option?: string) => {
  const question = r.questions.find((x) => x.id === q);
  return option === undefined ? question?.answered : question?.options.find((o) => o.value === option)?.count;
};

/** Per count, the values the bank and the respondent total alone allow (nothing shown). */
function bankAlone(bank: Bank, n: number): Set<number>[] {
  const worlds = allWorlds(bank, patternsOf(bank), n, 200_000) ?? [];
  return countsOf(bank, []).map((_, i) => new Set(worlds.map((w) => w[i] ?? 0)));
}

/** Every value the brute-force reader finds possible for each count, given what the report shows. */
function possible(bank: Bank, crowd: readonly Pattern[], report: Report): Set<number>[] {
  const worlds = allWorlds(bank, patternsOf(bank), crowd.length, 200_000) ?? [];
  const shown = shownOf(report);
  const consistent = worlds.filter((w) => shown.every((s, i) => s === null || w[i] === s));
  return shown.map((_, i) => new Set(consistent.map((w) => w[i] ?? 0)));
}

/** Counts the bank alone pins (a required question everyone is asked: answered = respondents) are exempt. */
function expectNoHiddenCountPinned(bank: Bank, crowd: readonly Pattern[], report: Report, K = 5) {
  const truth = countsOf(bank, crowd);
  const shown = shownOf(report);
  const alone = bankAlone(bank, crowd.length);
  possible(bank, crowd, report).forEach((values, i) => {
    const all = alone[i] as Set<number>;
    if (shown[i] !== null || all.size === 1) return;
    expect(values.size, `count ${i}`).toBeGreaterThan(1);
    if ((truth[i] ?? 0) < K) expect([Math.min(...values), Math.max(...values) >= Math.min(K, Math.max(...all))], `count ${i}`).toEqual([Math.min(...all), true]);
  });
}

describe('the four derivations of issue 15 no longer recover a hidden count (K = 5)', () => {
  it('1. parent and follow-up: the follow-up\'s answered count no longer gives the parent\'s hidden cells', () => {
    const bank = bankOf(
      { ...base, id: 'pathway', kind: 'single', options: options('sonography_student', 'sonographer', 'post_primary') },
      { ...base, id: 'spi_status', kind: 'single', show_if: { question: 'pathway', in: ['sonography_student', 'sonographer'] }, options: options('passed', 'not_yet') },
    );
    const crowd = people([
      [{ pathway: ['sonography_student'], spi_status: ['passed'] }, 8],
      [{ pathway: ['sonographer'], spi_status: ['passed'] }, 3],
      [{ pathway: ['post_primary'] }, 2],
    ]);
    const report = reportOf(bank, crowd);
    // Per-question suppression showed student = 8 and spi_status answered = 11: sonographer = 11 − 8 = 3.
    expect([count(report, 'pathway', 'sonography_student'), count(report, 'spi_status')]).toContain(null);
    expectNoHiddenCountPinned(bank, crowd, report);
  });

  it('2. required and source: the source question\'s answered count no longer shows "required: yes"', () => {
    const bank = bankOf(
      { ...base, id: 'liability_required', kind: 'single', options: options('yes', 'no', 'not_sure') },
      { ...base, id: 'liability_source', kind: 'single', show_if: { question: 'liability_required', in: ['yes'] }, options: options('employer_policy', 'own_policy') },
    );
    const crowd = people([
      [{ liability_required: ['yes'], liability_source: ['employer_policy'] }, 3],
      [{ liability_required: ['yes'], liability_source: ['own_policy'] }, 3],
      [{ liability_required: ['no'] }, 8],
      [{ liability_required: ['not_sure'] }, 2],
    ]);
    const report = reportOf(bank, crowd);
    // Before: yes hidden beside not_sure, but liability_source answered = 6 = yes.
    expect(count(report, 'liability_required', 'yes') === null && count(report, 'liability_source') !== null).toBe(false);
    expectNoHiddenCountPinned(bank, crowd, report);
  });

  it('3. tick-boxes: at least one tick per person no longer pins an exclusive "none"', () => {
    const bank = bankOf({ ...base, id: 'site_types', kind: 'multi', options: [...options('hospital'), { value: 'none', label: 'none', exclusive: true }] });
    const crowd = people([[{ site_types: ['hospital'] }, 6], [{ site_types: ['none'] }, 2]]);
    const report = reportOf(bank, crowd);
    // Before: answered 8 and hospital 6 shown; none ≥ 8 − 6 (a tick each) and ≤ 8 − 6 (exclusive): none = 2.
    expect([count(report, 'site_types'), count(report, 'site_types', 'hospital')]).toContain(null);
    expectNoHiddenCountPinned(bank, crowd, report);
  });

  it('4. the algorithm itself: replaying the rule over every consistent table leaves several splits', () => {
    const bank = bankOf({ ...base, id: 'q', kind: 'single', options: options('a', 'b', 'c') });
    const crowd = people([[{ q: ['a'] }, 7], [{ q: ['b'] }, 7], [{ q: ['c'] }, 4]]);
    const report = reportOf(bank, crowd);
    // "Hide the smallest other cell, the first on ties" hid c and a (a + c = 11, b = 7 shown). Every other split
    // would have made it hide something else (8 + 3: b, the smaller; 4 + 7: b, first of the tie; 6 + 5: nothing),
    // so a reader who replays it knew a = 7 and c = 4. That reader keeps only tables that rebuild this report.
    const replayed = possibleByReplay(bank, crowd, report);
    const alone = bankAlone(bank, crowd.length);
    shownOf(report).forEach((s, i) => {
      if (s === null && (alone[i]?.size ?? 0) > 1) expect(replayed[i]?.size, `count ${i}`).toBeGreaterThan(1);
    });
  });
});

/** The brute-force reader who also knows the rule: only tables that rebuild exactly this report remain. */
function possibleByReplay(bank: Bank, crowd: readonly Pattern[], report: Report, K = 5): Set<number>[] {
  const patterns = patternsOf(bank);
  const worlds = allWorlds(bank, patterns, crowd.length, 200_000) ?? [];
  const shown = shownOf(report);
  const target = JSON.stringify(shown);
  const same = worlds.filter((w) => shown.every((s, i) => s === null || w[i] === s)).filter((w) => {
    // Rebuild a crowd with these counts (single-choice, unconditional questions: one pattern per option).
    const crowdOf = patterns.flatMap((p) => Array.from({ length: w[countsOf(bank, []).findIndex((_, i) => countsOf(bank, [p])[i] === 1)] ?? 0 }, () => p));
    return JSON.stringify(shownOf(reportOf(bank, crowdOf, K))) === target;
  });
  return shown.map((_, i) => new Set(same.map((w) => w[i] ?? 0)));
}

/**
 * The rule before issue 15, per question and single-choice only (kept here as the reference the replay test
 * compares with): hide 1 to K−1, then the smallest other cell (nonzero first, the first on ties) until the hidden
 * cells number 0, or at least 2 with a sum of at least K and more than their number.
 */
function previousRule(cells: readonly number[], K: number): boolean[] {
  const total = cells.reduce((a, b) => a + b, 0);
  const small = (n: number) => n >= 1 && n < K;
  if (small(total)) return [...cells.map(() => true), true];
  const hidden = cells.map(small);
  for (;;) {
    const n = hidden.filter(Boolean).length;
    const rest = total - cells.reduce((a, c, i) => a + (hidden[i] ? 0 : c), 0);
    if (n === 0 || (n >= 2 && rest >= K && rest > n)) return [...hidden, false];
    let best = -1;
    cells.forEach((c, i) => {
      const b = cells[best] ?? 0;
      if (!hidden[i] && (best < 0 || (c > 0 && (b === 0 || c < b)))) best = i;
    });
    if (best < 0) return [...hidden, true];
    hidden[best] = true;
  }
}

function currentRule(cells: readonly number[], K: number): boolean[] {
  const values = cells.map((_, i) => `o${i}`);
  const bank = bankOf({ ...base, id: 'q', kind: 'single', options: options(...values) });
  const report = reportOf(bank, people(cells.map((n, i): [Pattern, number] => [{ q: [values[i] as string] }, n])), K);
  return shownOf(report).map((s) => s === null);
}

/** Every table with these shown counts and total for which `rule` hides exactly the same counts. */
function replays(cells: readonly number[], hidden: readonly boolean[], rule: (c: readonly number[]) => boolean[]): number[][] {
  const total = cells.reduce((a, b) => a + b, 0);
  const tables: number[][] = [[]];
  for (let i = 0; i < cells.length; i += 1) {
    const next = tables.splice(0).flatMap((t) => (hidden[i] ? Array.from({ length: total + 1 }, (_, v) => [...t, v]) : [[...t, cells[i] ?? 0]]));
    tables.push(...next.filter((t) => t.reduce((a, b) => a + b, 0) <= total));
  }
  const key = JSON.stringify(hidden);
  return tables.filter((t) => t.reduce((a, b) => a + b, 0) === total && JSON.stringify(rule(t)) === key);
}

describe('the rule, replayed by a reader who knows it', () => {
  it('pins no hidden count in a sample of single-choice tables at K = 5, where the previous rule pinned some', () => {
    const random = seeded(11);
    const tables = Array.from({ length: 300 }, () => Array.from({ length: 3 + Math.floor(random() * 2) }, () => Math.floor(random() * random() * 16)));
    const pinned = (rule: (c: readonly number[]) => boolean[]) =>
      tables.filter((cells) => {
        const hidden = rule(cells);
        if (!cells.some((_, i) => hidden[i]) || cells.every((c) => c === 0)) return false;
        const same = replays(cells, hidden, rule);
        return cells.some((_, i) => hidden[i] && new Set(same.map((t) => t[i])).size < 2);
      }).length;
    expect(pinned((c) => previousRule(c, 5))).toBeGreaterThan(0);
    expect(pinned((c) => currentRule(c, 5))).toBe(0);
    // 300 exact whole-number searches: 2 s idle, ten times that with three suites at once; the limit only catches a hang.
  }, 300_000);
});
