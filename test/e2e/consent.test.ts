import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { parse, stringify } from 'yaml';
import { join } from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { ROOT, tempHome, testEnv } from './runBin.js';
import { runMain } from './runMain.js';

let home: string;
let store: string;
const persona = join(ROOT, 'test', 'fixtures', 'answers', 'sonography-student-nm.json');
const saved = () => JSON.parse(readFileSync(join(store, 'answers.json'), 'utf8')) as { responseId?: string; sent?: { revision: number } };

beforeEach(async () => {
  ({ home, store } = tempHome());
  expect((await runMain(['--store', store, '--answers', persona, '--out', join(home, 'plan.md')], { home })).code).toBe(0);
});

describe('export asks for consent first', () => {
  it('without --agree and without a terminal: shows the survey text and the exact record, writes nothing, exit 1', async () => {
    const out = join(home, 'response.json');
    const result = await runMain(['--store', store, 'export', '--out', out], { home });
    expect(result.code).toBe(1);
    for (const part of ['Clinical site survey: before you send your response', 'Who receives it: ', 'What it holds: ', 'How it is used: ', 'How it is kept: ', 'Exactly what would be sent:', '  Revision: 1', '  Consent version: 2026.12-1', '  State: West', '  Question bank: clinical-path 2026.12']) {
      expect(result.stderr).toContain(part);
    }
    expect(result.stderr.trimEnd().split('\n').at(-1)).toBe('Nothing written. To agree to the text above and write the response, run the same command with --agree (clinical-path export --agree).');
    expect(existsSync(out)).toBe(false);
    expect(result.stdout).toBe('');
    expect(saved()).not.toHaveProperty('responseId');
    expect(saved()).not.toHaveProperty('sent');
  });

  it('with --agree: the record carries the consent version and revision 1; the same answers again are the same record', async () => {
    const first = await runMain(['--store', store, 'export', '--agree'], { home });
    expect(first.code).toBe(0);
    const record = JSON.parse(first.stdout) as Record<string, unknown>;
    expect(record).toMatchObject({ formatVersion: 2, revision: 1, consentVersion: '2026.12-1' });
    expect(saved().sent).toMatchObject({ revision: 1, consentVersion: '2026.12-1' });
    const again = await runMain(['--store', store, 'export', '--agree'], { home });
    expect(JSON.parse(again.stdout)).toEqual(record);
  });

  it('a changed answer is the next revision, with the same response id', async () => {
    const first = JSON.parse((await runMain(['--store', store, 'export', '--agree'], { home })).stdout) as { responseId: string };
    const changed = JSON.parse(readFileSync(persona, 'utf8')) as { answers: Record<string, unknown> };
    changed.answers.reflect_watched = changed.answers.reflect_watched === 'pressure' ? 'opportunity' : 'pressure';
    writeFileSync(join(home, 'changed.json'), JSON.stringify(changed));
    expect((await runMain(['--store', store, '--answers', join(home, 'changed.json'), '--out', join(home, 'plan.md')], { home })).code).toBe(0);
    const second = JSON.parse((await runMain(['--store', store, 'export', '--agree'], { home })).stdout) as { responseId: string; revision: number };
    expect(second).toMatchObject({ responseId: first.responseId, revision: 2 });
  });

  it.each([
    ['yes', 0],
    ['y', 0],
    ['no', 1],
    ['', 1],
  ])('at a terminal, typing %j: exit %i, the file written only after yes', async (typed, code) => {
    const stdin = Object.assign(new PassThrough(), { isTTY: true });
    const chunks: string[] = [];
    const sink = () => new Writable({ write: (chunk: Buffer, _e, done) => (chunks.push(chunk.toString()), done()) });
    const out = join(home, 'response.json');
    const running = main(['--store', store, 'export', '--out', out], { stdin, stdout: sink(), stderr: sink(), env: testEnv(home) });
    stdin.end(`${typed}\n`);
    expect(await running).toBe(code);
    expect(chunks.join('')).toContain('Send this response? Type yes to agree and write it; anything else stops without writing: ');
    expect(existsSync(out)).toBe(code === 0);
    if (code !== 0) expect(chunks.join('')).toContain('Nothing written: you did not agree.');
  });
});

describe('a bank without a survey: block', () => {
  it('cannot export: two lines naming bank.yaml, exit 2, nothing written', async () => {
    const questions = join(home, 'questions');
    cpSync(join(ROOT, 'questions'), questions, { recursive: true });
    const meta = parse(readFileSync(join(questions, 'bank.yaml'), 'utf8')) as Record<string, unknown>;
    delete meta.survey;
    writeFileSync(join(questions, 'bank.yaml'), stringify(meta));
    const result = await runMain(['--store', store, '--questions', questions, 'export', '--agree'], { home });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      `${questions}/bank.yaml has no survey: block, so there is no text for you to agree to and nothing can be sent.\n` +
        'Survey staff: add one (name, run_by, collects, use, keeping, consent_version); see the README.\n',
    );
  });
});
