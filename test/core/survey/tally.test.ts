import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { AnswerValue } from '../../../src/core/bank/schema.js';
import { buildReport } from '../../../src/core/survey/buildReport.js';
import { addToTally, createTally } from '../../../src/core/survey/tally.js';
import { loadContent } from '../../../src/files/loadBank.js';
import { tinyBank } from '../../fixtures/tinyBank.js';

const loaded = loadContent(fileURLToPath(new URL('../../../questions', import.meta.url)));
if (!loaded.ok) throw new Error(`questions/ does not load: ${JSON.stringify(loaded.problems)}`);
const bank = loaded.content.bank;
// Counting, not suppression (that is suppressReport.test.ts): K = 1 shows every count.
const options = { minCell: 1, duplicatesRemoved: 0, invalid: 0 };

/**
 * `n` respondents; respondent i chooses, per question, every value with a range [from, to) that covers i.
 * Single-choice ranges must not overlap; multi-choice ranges may.
 */
function respondents(n: number, plan: Record<string, [value: string, from: number, to: number][]>): Record<string, AnswerValue>[] {
  return Array.from({ length: n }, (_, i) => {
    const answers: Record<string, AnswerValue> = {};
    for (const [id, ranges] of Object.entries(plan)) {
      const chosen = [...new Set(ranges.filter(([, from, to]) => i >= from && i < to).map(([value]) => value))];
      const q = bank.questions.find((x) => x.id === id);
      if (q?.kind === 'multi') answers[id] = chosen;
      else if (chosen[0] !== undefined) answers[id] = chosen[0];
    }
    return answers;
  });
}

/** Consecutive, non-overlapping ranges for a single-choice question. */
function consecutive(counts: [string, number][]): [string, number, number][] {
  let at = 0;
  return counts.map(([value, count]) => [value, at, (at += count)]);
}

describe('tally and buildReport', () => {
  // Multi-choice: everyone ticks something, some tick several (789 + 197 + 106 + 211 > 1000).
  const site: [string, number, number][] = [['hospital', 0, 789], ['imaging_center', 0, 197], ['large_clinic', 0, 106], ['small_clinic', 789, 1000]];
  const clinical: [string, number, number][] = [
    ['employer', 0, 713], ['educational_program', 713, 958], ['non_employer_provider', 958, 1000], ['non_employer_provider', 0, 42], ['other', 0, 56],
  ];
  const hipaa = consecutive([['employer', 655], ['clinical_facility', 162], ['educational_program', 141], ['unspecified', 28], ['online', 14]]);
  const liability = consecutive([['no', 786], ['yes', 214]]);
  const tally = createTally(bank);
  for (const answers of respondents(1000, { site_types: site, hipaa_training: hipaa, clinical_arrangement: clinical, liability_required: liability })) {
    addToTally(tally, answers);
  }
  const report = buildReport(bank, tally, options);
  const question = (id: string) => {
    const q = report.questions.find((x) => x.id === id);
    if (!q) throw new Error(id);
    return q;
  };

  it.each(['site_types', 'clinical_arrangement', 'hipaa_training', 'liability_required'])('gets the ASRT shares back for %s', (id) => {
    const q = question(id);
    expect(q.answered).toBe(1000);
    const withBaseline = q.options.filter((o) => o.baselinePercent !== null);
    expect(withBaseline.length).toBeGreaterThan(0);
    for (const o of withBaseline) expect(o.percent, o.value).toBe(o.baselinePercent);
  });

  it('reports counts, percents and labels', () => {
    expect(question('site_types')).toMatchObject({ label: 'Kinds of clinical site', kind: 'multi', answered: 1000 });
    expect(question('site_types').options.map((o) => [o.value, o.count, o.percent])).toEqual([
      ['hospital', 789, 78.9], ['imaging_center', 197, 19.7], ['large_clinic', 106, 10.6], ['small_clinic', 211, 21.1], ['other', 0, 0],
    ]);
    expect(question('hipaa_training').options.map((o) => o.percent)).toEqual([65.5, 16.2, 14.1, 2.8, 1.4, 0]);
    expect(report).toMatchObject({ respondents: 1000, duplicatesRemoved: 0, invalid: 0, minCell: 1 });
  });

  it('lists only single and multi questions, in bank order', () => {
    const ids = bank.questions.filter((q) => q.kind !== 'text').map((q) => q.id);
    expect(report.questions.map((q) => q.id)).toEqual(ids);
    expect(report.questions.some((q) => q.id === 'obstacle')).toBe(false);
  });

  it('does not count skipped optional answers, unknown values or repeats as answered', () => {
    const tiny = tinyBank();
    const t = createTally(tiny);
    addToTally(t, { pathway: 'post_primary', site_types: [], state: '' });
    addToTally(t, { pathway: '', site_types: ['hospital', 'hospital'], state: 'XX', obstacle: 'free text' });
    const entry = (id: string) => t.byId.get(id);
    expect(t.respondents).toBe(2);
    expect(entry('pathway')).toMatchObject({ answered: 1, counts: [1, 0] });
    expect(entry('site_types')).toMatchObject({ answered: 1, counts: [1, 0, 0] });
    expect(entry('state')).toMatchObject({ answered: 0 });
    expect(t.byId.has('obstacle')).toBe(false);
  });

  it('keeps a fixed size however many responses are added', () => {
    const tiny = tinyBank();
    const t = createTally(tiny);
    const size = () => JSON.stringify(t.questions.map((q) => q.counts.length)) + t.byId.size;
    const before = size();
    for (let i = 0; i < 10_000; i += 1) addToTally(t, { pathway: 'post_primary', site_types: ['hospital'], state: 'OR' });
    expect(size()).toBe(before);
    expect(t.byId.get('state')?.counts[3]).toBe(10_000);
  });

  it('gives null percents when nobody answered', () => {
    const r = buildReport(tinyBank(), createTally(tinyBank()), options);
    expect(r.respondents).toBe(0);
    expect(r.questions[0]).toMatchObject({ answered: 0, options: [{ count: 0, percent: null, suppressed: false }, { count: 0, percent: null }] });
  });
});
