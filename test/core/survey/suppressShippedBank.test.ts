import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../../src/core/survey/buildReport.js';
import { addToTally, createTally } from '../../../src/core/survey/tally.js';
import { loadContent } from '../../../src/files/loadBank.js';
import { randomAnswers, seeded } from './randomResponses.js';

const loaded = loadContent(fileURLToPath(new URL('../../../questions', import.meta.url)));
if (!loaded.ok) throw new Error('questions/ does not load');
const bank = loaded.content.bank;
const K = 5;

describe('report-wide suppression on the shipped bank', () => {
  it.each([
    [200, 0.5], [200, 0.05], [10_000, 0.5], [10_000, 0.05],
  ])('%i synthetic respondents (uniform share %f): quick, nothing small shown, little hidden beyond the small cells', (n, share) => {
    const tally = createTally(bank);
    const random = seeded(n);
    for (let i = 0; i < n; i += 1) addToTally(tally, randomAnswers(bank, random, share));
    const started = performance.now();
    const report = buildReport(bank, tally, { minCell: K, duplicatesRemoved: 0, invalid: 0 });
    // Generous for a shared machine; it takes well under a second alone.
    expect(performance.now() - started).toBeLessThan(5000);

    let small = 0;
    let hidden = 0;
    for (const q of report.questions) {
      const counts = tally.byId.get(q.id)?.counts ?? [];
      q.options.forEach((o, i) => {
        const c = counts[i] ?? 0;
        if (c < K) small += 1;
        if (o.suppressed) hidden += 1;
        else expect(o.count).toBe(c);
        if (c < K) expect(o.suppressed, `${q.id}.${o.value}`).toBe(true);
      });
      if (q.answered !== null) expect(q.answered).toBeGreaterThanOrEqual(K);
    }
    // Complementary cells: at most one per question that has a small cell, on these data.
    const questionsWithSmall = report.questions.filter((q) => (tally.byId.get(q.id)?.counts ?? []).some((c) => c < K)).length;
    expect(hidden - small).toBeLessThanOrEqual(questionsWithSmall);
  });
});
