import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { RAW_UNSAFE } from './hostileSamples.js';
import { ROOT, tempHome } from './runBin.js';
import { runMain } from './runMain.js';

/**
 * Answers saved against an older question bank: `plan`, `answers` and `export` drop the ones that no longer apply,
 * and say so in one line on stderr, with the exit code they would have had anyway.
 */
let home: string;
let store: string;
const persona = JSON.parse(readFileSync(join(ROOT, 'test', 'fixtures', 'answers', 'ct-employed.json'), 'utf8')) as { answers: Record<string, unknown> };
const NOTE = 'The questions were updated (2025.01 → 2026.12); 1 earlier answer no longer applies and was dropped: retired_question.';

function saveAgainstOldBank(answers: Record<string, unknown>, version = '2025.01') {
  mkdirSync(store, { recursive: true });
  const file = { format: 'clinical-path/progress', formatVersion: 1, bank: { id: 'clinical-path', version }, progress: { answers, current: null, screen: 'done' } };
  writeFileSync(join(store, 'answers.json'), JSON.stringify(file));
}

beforeEach(() => {
  ({ home, store } = tempHome());
});

describe('answers saved against an older bank, one of them to a question since removed', () => {
  it.each<[string, string[], number]>([
    ['plan', ['plan'], 0],
    ['plan --format json', ['plan', '--format', 'json'], 0],
    ['answers', ['answers'], 0],
    ['answers --json', ['answers', '--json'], 0],
    ['export', ['export'], 0],
  ])('%s: the note on stderr naming the dropped question, exit %i', async (_name, args, code) => {
    saveAgainstOldBank({ ...persona.answers, retired_question: 'x' });
    const result = await runMain(['--store', store, ...args], { home });
    expect(result.code).toBe(code);
    expect(result.stderr).toBe(`${NOTE}\n`);
    expect(result.stdout).not.toContain('retired_question');
  });

  it.each<[string, string[]]>([
    ['plan', ['plan']],
    ['export', ['export']],
  ])('%s with the interview not finished: the note, then exit 1 as before', async (_name, args) => {
    const { state: _left, ...partial } = persona.answers;
    saveAgainstOldBank({ ...partial, retired_question: 'x' });
    const result = await runMain(['--store', store, ...args], { home });
    expect(result.code).toBe(1);
    expect(result.stderr.split('\n')[0]).toBe(NOTE);
  });

  it('names every dropped question, and prints ids and the old version from the file without control characters', async () => {
    saveAgainstOldBank({ ...persona.answers, retired_question: 'x', ['gone\u001b]52;c;cm0gLXJmIH4K\u0007\u202e']: 'y' }, '2025\u001b[2J.01');
    const result = await runMain(['--store', store, 'plan'], { home });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('The questions were updated (2025.01 → 2026.12); 2 earlier answers no longer apply and were dropped: retired_question, gone.\n');
    expect(result.stderr).not.toMatch(RAW_UNSAFE);
  });

  it.each<[string, string]>([
    ['the same bank version', '2026.12'],
    ['an older version whose answers all still apply', '2025.01'],
  ])('no note with %s', async (_name, version) => {
    saveAgainstOldBank(persona.answers, version);
    const result = await runMain(['--store', store, 'plan'], { home });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
  });
});
