import { cleanup } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { parseBank } from '../../src/core/bank/parseBank.js';
import type { Bank } from '../../src/core/bank/schema.js';
import { spokenQuestion } from '../../src/ui/spokenScreen.js';
import { renderApp } from '../ui/helpers.js';

/** A bank whose second question is an optional tick-box question with nine options: numbered 1 to 9, no Skip row. */
function nineTicksBank(): Bank {
  const options = Array.from({ length: 9 }, (_, i) => ({ value: `o${i + 1}`, label: `Option ${i + 1}` }));
  const result = parseBank({ file: 'bank.yaml', data: { id: 'nine', version: '1', title: 'Nine' } }, [
    {
      file: 'sections/01.yaml',
      data: {
        section: 'Nine',
        questions: [
          { id: 'pathway', kind: 'single', prompt: 'Which path?', options: [{ value: 'a', label: 'A' }, { value: 'b', label: 'B' }] },
          { id: 'discipline', kind: 'single', prompt: 'Which discipline?', options: [{ value: 'c', label: 'C' }, { value: 'd', label: 'D' }] },
          { id: 'ticks', kind: 'multi', prompt: 'Which apply?', optional: true, options },
        ],
      },
    },
  ]);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.bank;
}

afterEach(cleanup);

describe('an optional tick-box question with nine options', () => {
  it('numbers its options 1 to 9 and its key help says "1–9", not 1–10: a tick-box list has no Skip row', async () => {
    const app = await renderApp({ bank: nineTicksBank(), saved: { answers: { pathway: 'a', discipline: 'c' }, current: 'ticks', screen: 'question' } });
    const screen = app.screen().replace(/\s+/g, ' ');
    expect(screen).toContain('[ ] 9. Option 9');
    expect(screen).not.toContain('Skip this question');
    expect(screen).toContain('↑↓, 1–9 or a letter move');
    expect(screen).not.toContain('1–10');
  });

  it('tells a screen reader it has nine options', () => {
    const bank = nineTicksBank();
    const question = bank.questions.find((q) => q.id === 'ticks')!;
    expect(spokenQuestion(question, {}, { index: 3, total: 3, canGoBack: true })).toContain('(9 options, tick any that apply.)');
  });
});
