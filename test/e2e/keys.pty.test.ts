import fc from 'fast-check';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { visibleOptions } from '../../src/core/bank/evaluate.js';
import { startFlow } from '../../src/core/flow/flowReducer.js';
import { validateAnswers } from '../../src/core/flow/validateAnswers.js';
import { loadContent } from '../../src/files/loadBank.js';
import { expectValidFlowState } from '../fixtures/expectValidFlowState.js';
import { KEYS, startPty, pastIntro } from './ptySession.js';
import { tempHome } from './runBin.js';
import { runMain } from './runMain.js';

const loaded = loadContent(fileURLToPath(new URL('../../questions', import.meta.url)));
if (!loaded.ok) throw new Error('the shipped bank must load');
const { bank } = loaded.content;

function savedAnswers(store: string): Record<string, string | string[]> {
  return JSON.parse(readFileSync(join(store, 'answers.json'), 'utf8')).progress.answers;
}

async function waitForSaved(store: string, check: (answers: Record<string, string | string[]>) => boolean): Promise<void> {
  const until = Date.now() + 8000;
  for (;;) {
    try {
      if (check(savedAnswers(store))) return;
    } catch {
      // Not written yet.
    }
    if (Date.now() > until) throw new Error('the answer was never saved');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** Keys a terminal can send that name nothing the interview uses: each must be ignored, not crash it. */
const oddKeys: Array<[string, string]> = [
  ['Ctrl+F1 to Ctrl+F4 (xterm)', '\u001B[1;5P\u001B[1;5Q\u001B[1;5R\u001B[1;5S'],
  ['focus reports', '\u001B[I\u001B[O\u001B[1;5I'],
  ['a mouse click report', '\u001B[<0;10;5M\u001B[<0;10;5m'],
  ['bracketed paste markers', '\u001B[200~\u001B[201~'],
  ['a pasted colour escape', '\u001B[31m\u001B[0m'],
  ['Alt+letter and Ctrl+arrows', '\u001Bx\u001B[1;5A\u001B[1;5D'],
  ['an unknown CSI sequence', '\u001B[99;5~\u001B[?1;2c'],
];

describe('keys in a real terminal', () => {
  it.each(oddKeys)('%s on the first question: ignored; the interview goes on and saves', async (_name, sequence) => {
    const { home, store } = tempHome();
    const session = startPty(['--store', store], { home });
    await pastIntro(session);
    // Once Ink has taken over: its key help replaces the pre-drawn first frame.
    await session.waitFor('esc save & quit');
    session.write(sequence);
    session.mark();
    session.write(KEYS.enter);
    await waitForSaved(store, (answers) => typeof answers.pathway === 'string');
    await session.waitFor('Question 2 of');
    session.write(KEYS.ctrlC);
    const { exitCode } = await session.exited;
    expect(session.output()).not.toMatch(/unexpected error|TypeError|\n\s+at /);
    expect(exitCode).toBe(130);
  });

  it('a digit pressed the moment the first question appears moves there, and Enter chooses it', async () => {
    const { home, store } = tempHome();
    const session = startPty(['--store', store], { home });
    await pastIntro(session);
    session.write('2');
    session.write(KEYS.enter);
    await waitForSaved(store, (answers) => 'pathway' in answers);
    expect(savedAnswers(store).pathway).toBe('options' in bank.questions[0]! ? bank.questions[0]!.options[1]!.value : undefined);
    session.write(KEYS.ctrlC);
    expect((await session.exited).exitCode).toBe(130);
  });

  /**
   * Someone coming back: the first frame shows their question at once, before Ink has loaded, and what they type
   * then waits in stdin. (A fresh start shows the intro first, and keys typed past it are for a question never drawn.)
   */
  async function resumedAtDiscipline(): Promise<{ home: string; store: string; second: string; first: string }> {
    const { home, store } = tempHome();
    const partial = join(home, 'partial.json');
    writeFileSync(partial, JSON.stringify({ answers: { pathway: 'post_primary' } }));
    await runMain(['--store', store, '--answers', partial], { home });
    const discipline = bank.questions.find((q) => q.id === 'discipline')!;
    const options = 'options' in discipline ? visibleOptions(discipline, { pathway: 'post_primary' }) : [];
    return { home, store, first: options[0]!.value, second: options[1]!.value };
  }

  it.each<[string, string, 'first' | 'second']>([
    ['↓ and Enter', `${KEYS.down}${KEYS.enter}`, 'second'],
    ['a digit and Enter', `2${KEYS.enter}`, 'second'],
    ['Enter alone', KEYS.enter, 'first'],
  ])('%s typed ahead while the interview is still loading mean what they mean one at a time', async (_name, typed, which) => {
    const resumed = await resumedAtDiscipline();
    const session = startPty(['--store', resumed.store], { home: resumed.home });
    await session.waitFor('Question 2 of');
    session.write(typed);
    await waitForSaved(resumed.store, (answers) => 'discipline' in answers);
    expect(savedAnswers(resumed.store).discipline).toBe(resumed[which]);
    session.write(KEYS.ctrlC);
    expect((await session.exited).exitCode).toBe(130);
  });

  it('↓ and Enter typed before the interview has even started (the terminal still in line mode) choose the second option', async () => {
    const resumed = await resumedAtDiscipline();
    const session = startPty(['--store', resumed.store], { home: resumed.home });
    session.write(`${KEYS.down}${KEYS.enter}`);
    await session.waitFor('Question 3 of');
    expect(savedAnswers(resumed.store).discipline).toBe(resumed.second);
    session.write(KEYS.ctrlC);
    expect((await session.exited).exitCode).toBe(130);
  });

  it('↓ and Enter typed before the demo has even started (the terminal still in line mode) choose the second persona', async () => {
    const { home } = tempHome();
    const session = startPty(['demo'], { home });
    session.write(`${KEYS.down}${KEYS.enter}`);
    await session.waitFor('Demo: Marcus');
    session.write(KEYS.ctrlC);
    expect([0, 130]).toContain((await session.exited).exitCode);
  });

  it('keys typed past the intro, before the first question is drawn, answer nothing', async () => {
    const { home, store } = tempHome();
    const session = startPty(['--store', store], { home });
    session.write(`${KEYS.enter}${KEYS.down}${KEYS.enter}`);
    await session.waitFor('Question 1 of');
    await new Promise((resolve) => setTimeout(resolve, 400));
    let answers = {};
    try {
      answers = savedAnswers(store);
    } catch {
      // Nothing saved at all: as it should be.
    }
    expect(answers).toEqual({});
    session.write(KEYS.ctrlC);
    expect((await session.exited).exitCode).toBe(130);
  });

  it('Ctrl+C typed ahead right after another key still cancels', async () => {
    const { home } = tempHome();
    const session = startPty([], { home });
    await pastIntro(session);
    session.write(`x${KEYS.ctrlC}`);
    expect((await session.exited).exitCode).toBe(130);
  });

  it('random keys, at random speeds, never crash it and never save an invalid answer', async () => {
    const key = fc.oneof(
      fc.constantFrom(KEYS.up, KEYS.down, KEYS.enter, KEYS.space, KEYS.left, '\u001B[C', '\u007F', '1', '2', '3', '9', 'b', 'j', 'k', 'x', 'Oregon', '\u001B[1;5Q'),
      fc.string({ maxLength: 6 }).filter((s) => !s.includes('\u0003') && !s.includes('\u001B')),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(key, fc.integer({ min: 0, max: 30 })), { minLength: 5, maxLength: 40 }), async (presses) => {
        const { home, store } = tempHome();
        const session = startPty(['--store', store], { home });
        await pastIntro(session);
        for (const [data, pause] of presses) {
          session.write(data);
          await new Promise((resolve) => setTimeout(resolve, pause));
        }
        session.write(KEYS.ctrlC);
        const { exitCode } = await session.exited;
        expect(session.output()).not.toMatch(/unexpected error|TypeError|\n\s+at /);
        // 0 when the keys happened to finish the interview; otherwise Ctrl+C.
        expect([0, 130]).toContain(exitCode);
        let answers: Record<string, string | string[]> = {};
        try {
          answers = savedAnswers(store);
        } catch {
          // Nothing answered: nothing saved.
        }
        expect(validateAnswers(bank, { answers }).problems).toEqual([]);
        expectValidFlowState(bank, { ...startFlow(bank, { answers }), answers });
      }),
      { numRuns: 15 },
    );
  }, 90_000);
});
