import { readFileSync } from 'node:fs';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadContent, type Content } from '../../src/files/loadBank.js';
import { inputEnded, runPlain } from '../../src/plain/runPlain.js';
import { memoryStore } from '../../src/store/memoryStore.js';

function shippedContent(): Content {
  const result = loadContent(fileURLToPath(new URL('../../questions', import.meta.url)));
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.content;
}

const content = shippedContent();

/** Runs plain mode with `input` arriving in one chunk, as a pipe delivers it, then end of input. */
async function run(input: string, store = memoryStore(), options: Parameters<typeof runPlain>[3] = {}) {
  const stdin = new PassThrough();
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (d: Buffer) => (out += d.toString()));
  stderr.on('data', (d: Buffer) => (err += d.toString()));
  stdin.end(input);
  const code = await runPlain(content, store, { input: stdin, output: stdout, error: stderr }, options);
  return { code, out, err, store };
}

describe('runPlain', () => {
  it('names the command that works where the person is when input ends early', async () => {
    expect((await run('1\n', memoryStore(), { commandPrefix: 'npm start --' })).err).toBe(
      'Input ended before the interview was finished; your answers so far are saved. Run npm start again to continue.\n',
    );
    expect((await run('1\n', memoryStore(), { commandPrefix: 'npx clinical-path' })).err).toContain('Run npx clinical-path again to continue.');
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

  it('with no input at all: the first question, then the saved-progress message and exit code 1', async () => {
    const { code, out, err, store } = await run('');
    expect(out).toMatch(/^Question 1 of \d+ · About you\n/);
    expect(code).toBe(1);
    expect(err).toContain('your answers so far are saved');
    expect(store.saves).toBe(0);
  });

  it('resumes where the last run stopped, with one welcome-back line', async () => {
    const first = await run('1\n1\n');
    const again = await run('', first.store);
    expect(again.out.split('\n').slice(0, 2)).toEqual(['Welcome back: your answers were saved. Picking up at question 3 of 20.', 'Question 3 of 20 · About you']);
  });

  it('reopens a finished interview at the review', async () => {
    const { answers } = JSON.parse(readFileSync(new URL('../fixtures/answers/ct-employed.json', import.meta.url), 'utf8'));
    const store = memoryStore({ progress: { answers, current: null, screen: 'done' }, bank: { id: 'clinical-path', version: '2026.12' } });
    const lines = (await run('', store)).out.split('\n');
    expect(lines.slice(0, 2)).toEqual(['Welcome back: all questions are answered. Review your answers, then show your plan.', `Review your answers (${Object.keys(answers).length}):`]);
    expect(lines).toContain('13. State: Texas');
  });

  it('prints no escape sequences', async () => {
    const { out } = await run('1\n?\nb\n9\n\n');
    expect(out).not.toContain('\u001B');
  });
});
