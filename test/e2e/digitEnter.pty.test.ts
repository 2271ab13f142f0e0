import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { ChoiceQuestion } from '../../src/core/bank/schema.js';
import { visibleQuestions } from '../../src/core/flow/visibility.js';
import { loadContent } from '../../src/files/loadBank.js';
import { KEYS, startPty, pastIntro } from './ptySession.js';
import { tempHome } from './runBin.js';

const loaded = loadContent(fileURLToPath(new URL('../../questions', import.meta.url)));
if (!loaded.ok) throw new Error('the shipped bank must load');
const { bank } = loaded.content;

function savedAnswers(store: string): Record<string, unknown> {
  try {
    return JSON.parse(readFileSync(join(store, 'answers.json'), 'utf8')).progress.answers;
  } catch {
    return {};
  }
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The label on the last "❯" row in a stretch of output: "❯ 2. Sonography student in a program" → that label. */
function lastHighlighted(output: string): string | undefined {
  const rows = output.split('\n').filter((line) => line.includes('❯'));
  return rows.at(-1)?.replace(/^.*❯\s+(\[[ x]\]\s+)?\d+\.\s+/, '').trim();
}

/** The option value a drawn label stands for (labels may wrap: the drawn line is the label's start). */
function valueOf(questionId: string, drawn: string): string | undefined {
  const question = bank.questions.find((q) => q.id === questionId) as ChoiceQuestion;
  return question.options.find((o) => o.label.startsWith(drawn) || drawn.startsWith(o.label))?.value;
}

/**
 * The habit the issue describes: a number, then Enter a moment later, as Inquirer and plain mode teach. A number
 * only moves the highlight, and keys are paced by what the terminal shows, so whatever the gap, each saved
 * answer is the row the screen last showed highlighted before the interview moved on, and nothing is saved
 * for a question before it is on screen.
 */
describe('a digit, then Enter after a gap, on the first three questions', () => {
  it.each([0, 50, 250, 600])('gap of %i ms: the saved answers are exactly the rows the screen showed as chosen', async (gap) => {
    const { home, store } = tempHome();
    const session = startPty(['--store', store], { home, cols: 100, rows: 40 });
    await pastIntro(session);
    await session.waitFor('esc save & quit');
    const shown: Record<string, string | undefined> = {};
    const expected: Record<string, unknown> = {};
    for (const [step, digit] of ['2', '3', '1'].entries()) {
      // The question on screen follows from the answers so far (a sonography student skips some).
      const question = visibleQuestions(bank, expected as never)[step]!;
      const id = question.id;
      // Ticking boxes: the number moves the highlight and ticks nothing, so Enter is refused.
      const next = question.kind === 'multi' ? 'Choose at least one' : `Question ${step + 2} of`;
      session.mark();
      const from = session.output().length;
      session.write(digit);
      if (gap > 0) await pause(gap);
      session.write(KEYS.enter);
      await session.waitFor(next);
      const after = session.output().slice(from);
      shown[id] = lastHighlighted(after.slice(0, after.indexOf(next)));
      if (question.kind === 'single') expected[id] = valueOf(id, shown[id] ?? '');
    }
    const answers = savedAnswers(store);
    session.write(KEYS.ctrlC);
    await session.exited;
    expect(shown.pathway).toBe('Sonography student in a program');
    // Every saved answer is the row the screen showed highlighted, and nothing else was saved.
    expect(answers).toEqual(expected);
    expect(Object.keys(answers).length).toBeGreaterThanOrEqual(2);
  }, 30_000);
});

describe('Enter pressed twice at once', () => {
  it('answers the question on screen, not the next one the person has not seen', async () => {
    const { home, store } = tempHome();
    const session = startPty(['--store', store], { home, cols: 100, rows: 40 });
    await pastIntro(session);
    await session.waitFor('esc save & quit');
    session.write(`${KEYS.enter}${KEYS.enter}`);
    await session.waitFor('Question 2 of');
    await pause(400);
    const answers = savedAnswers(store);
    session.write(KEYS.ctrlC);
    await session.exited;
    expect(answers).toEqual({ pathway: 'post_primary' });
  }, 20_000);
});
