import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { inputEnded } from '../../src/plain/runPlain.js';
import { memoryStore } from '../../src/store/memoryStore.js';
import { runPlainWith, shippedContent } from './plainRun.js';

const content = shippedContent();
const run = (input: string, store = memoryStore(), interactive = false) => runPlainWith(content, input, { interactive }, store);
const FIRST = 'Question 1 of 19, About you: Which of these best describes you? (one answer)';

describe('runPlain', () => {
  it('names the command that works where the person is when input ends early', async () => {
    expect((await runPlainWith(content, '1\n', { commandPrefix: 'npm start --' })).err).toBe(
      'Input ended before the interview was finished; your answers so far are saved. Run npm start again to continue.\n',
    );
    expect((await runPlainWith(content, '1\n', { commandPrefix: 'npx clinical-path' })).err).toContain('Run npx clinical-path again to continue.');
  });

  it('takes every line of a burst of piped input, saving after each answer', async () => {
    const { code, store, err } = await run('1\n1\n1\n1\n1\n');
    expect(code).toBe(1);
    expect(err).toBe(`${inputEnded()}\n`);
    expect(err).toContain('Run clinical-path again to continue.');
    expect(store.saves).toBe(5);
    expect(Object.keys(store.open().progress?.answers ?? {})).toEqual(['pathway', 'discipline', 'credentials_held', 'employment', 'work_hours']);
    expect(store.open().progress).toMatchObject({ screen: 'question', current: 'education_program' });
  });

  it('with no input at all: the intro, the first question, then the saved-progress message and exit code 1', async () => {
    const { code, out, err, store } = await run('');
    const lines = out.split('\n');
    expect(lines[0]).toMatch(/^Welcome to clinical-path\./);
    expect(lines).not.toContain('Press Enter to start with the first question.');
    expect(lines.slice(lines.indexOf(FIRST) - 1, lines.indexOf(FIRST) + 1)).toEqual(['', FIRST]);
    expect(code).toBe(1);
    expect(err).toContain('your answers so far are saved');
    expect(store.saves).toBe(0);
  });

  it('with a person typing, the intro waits: the first line only starts, and answers nothing', async () => {
    const { out, store } = await run('1\n', memoryStore(), true);
    const lines = out.split('\n');
    expect(lines.indexOf('Press Enter to start with the first question.')).toBeLessThan(lines.indexOf(FIRST));
    expect(store.saves).toBe(0);
  });

  it('resumes where the last run stopped, with one welcome-back line and no intro', async () => {
    const first = await run('1\n1\n');
    const again = await run('', first.store, true);
    expect(again.out.split('\n').slice(0, 2)).toEqual([
      'Welcome back: your answers were saved. Picking up at question 3 of 20.',
      'Question 3 of 20, About you: Which credentials do you already hold? (one or more answers)',
    ]);
    expect(again.out).not.toContain('Welcome to clinical-path');
  });

  it('reopens a finished interview at the review', async () => {
    const { answers } = JSON.parse(readFileSync(new URL('../fixtures/answers/ct-employed.json', import.meta.url), 'utf8'));
    const store = memoryStore({ progress: { answers, current: null, screen: 'done' }, bank: { id: 'clinical-path', version: '2026.12' } });
    const lines = (await run('', store)).out.split('\n');
    expect(lines.slice(0, 2)).toEqual([
      'Welcome back: all questions are answered. Review your answers, then show your plan.',
      `Review your answers, ${Object.keys(answers).length} in all, before you see your plan:`,
    ]);
    expect(lines).toContain('13. State: Texas');
  });

  it('prints no escape sequences', async () => {
    const { out } = await run('1\n?\n<\n9\n\n');
    expect(out).not.toContain('\u001B');
  });
});
