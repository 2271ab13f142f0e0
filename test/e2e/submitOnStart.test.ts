import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { Pending } from '../../src/store/progressFile.js';
import { ROOT, tempHome, testEnv } from './runBin.js';
import { collector, runMain } from './runMain.js';
import { fakeSurveyServer } from './fakeSurveyServer.js';

const persona = join(ROOT, 'test', 'fixtures', 'answers', 'sonography-student-nm.json');
const survey = { name: 'Clinical site survey 2026', runBy: 'The survey team', consentText: 'Kept two years.', consentVersion: '2026.12-1', bank: { id: 'clinical-path', version: '2026.12' } };

let home: string;
let store: string;
let server: ReturnType<typeof fakeSurveyServer>;
const file = () => join(store, 'answers.json');
const saved = () => JSON.parse(readFileSync(file(), 'utf8')) as { pending?: Pending; sent?: { revision: number } };
/** Moves the waiting response's next attempt to `at`, as if time had passed (or not). */
const nextAttemptAt = (at: string) => writeFileSync(file(), JSON.stringify({ ...saved(), pending: { ...saved().pending, nextAttemptAt: at } }));

beforeEach(async () => {
  ({ home, store } = tempHome());
  expect((await runMain(['--store', store, '--answers', persona, '--out', join(home, 'plan.md')], { home })).code).toBe(0);
  server = fakeSurveyServer(structuredClone(survey));
  await server.start();
  // Agreed to while the survey was down: it waits in the outbox.
  await server.stop();
  expect((await runMain(['--store', store, 'submit', '--to', server.url, '--agree'], { home })).code).toBe(3);
  await server.start();
});
afterEach(() => server.stop());

describe('the interview’s start with a response waiting to be sent', () => {
  it('when it is due: a note before the first question, one attempt in the background, and its outcome after the end', async () => {
    nextAttemptAt('2000-01-01T00:00:00.000Z');
    const result = await runMain(['--store', store], { home, input: '' });
    expect(result.code).toBe(1);
    const note = `A response you agreed to send is waiting to go to ${server.url}/; trying again now.`;
    expect(result.stdout.indexOf(note)).toBeGreaterThanOrEqual(0);
    // Before the first screen of the interview (the review of a finished one).
    expect(result.stdout.indexOf(note)).toBeLessThan(result.stdout.indexOf('Review your answers, 21 in all'));
    expect(result.stderr.trimEnd().split('\n').at(-1)).toBe(`Sent: the survey at ${server.url}/ has stored your response (revision 1).`);
    expect(server.posts).toHaveLength(1);
    expect(saved()).not.toHaveProperty('pending');
    expect(saved().sent).toMatchObject({ revision: 1 });
  });

  it('when it is not due yet: only the note, saying how to send it now; nothing is sent', async () => {
    nextAttemptAt('2999-01-01T00:00:00.000Z');
    const result = await runMain(['--store', store], { home, input: '' });
    expect(result.stdout).toContain(`A response you agreed to send is waiting to go to ${server.url}/; clinical-path submit sends it now.`);
    expect(server.posts).toHaveLength(0);
    expect(saved().pending).toMatchObject({ attempts: 1 });
  });

  it('export says it is waiting, and leaves it waiting', async () => {
    const result = await runMain(['--store', store, 'export', '--agree'], { home });
    expect(result.code).toBe(0);
    expect(result.stderr.split('\n')[0]).toBe(`A response you agreed to send is waiting to go to ${server.url}/; clinical-path submit sends it now.`);
    expect(JSON.parse(result.stdout)).toEqual(saved().pending!.record);
  });

  it('submit with changed answers asks again and sends the next revision, never the stale one', async () => {
    const changed = JSON.parse(readFileSync(persona, 'utf8')) as { answers: Record<string, unknown> };
    changed.answers.reflect_watched = changed.answers.reflect_watched === 'pressure' ? 'opportunity' : 'pressure';
    writeFileSync(join(home, 'changed.json'), JSON.stringify(changed));
    expect((await runMain(['--store', store, '--answers', join(home, 'changed.json'), '--out', join(home, 'plan.md')], { home })).code).toBe(0);
    const result = await runMain(['--store', store, 'submit', '--agree'], { home, env: { CLINICAL_PATH_SURVEY: server.url } });
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('  Revision: 2');
    expect(server.posts).toHaveLength(1);
    expect(JSON.parse(server.posts[0]!.body)).toMatchObject({ revision: 2 });
    expect(saved()).not.toHaveProperty('pending');
  });
});

describe('--survey URL', () => {
  it('without a terminal: after the plan, the exact submit command to send the response', async () => {
    const result = await runMain(['--store', store, '--answers', persona, '--survey', server.url, '--format', 'json'], { home });
    expect(result.code).toBe(0);
    expect(() => JSON.parse(result.stdout) as unknown).not.toThrow();
    expect(result.stderr.trimEnd().split('\n').at(-1)).toBe(`To send your pseudonymous response to ${server.url}/ (it shows what is sent first): clinical-path submit --to ${server.url}/`);
  });

  it.each([
    ['yes', 0, 1],
    ['no', 0, 0],
  ])('at a terminal, answering %j to the offer: exit %i, %i record sent', async (offer, code, sent) => {
    await runMain(['--store', store, 'reset', '--yes'], { home });
    const stdin = Object.assign(new PassThrough(), { isTTY: true });
    let said = '';
    const waiters: { text: string; done: () => void }[] = [];
    const stderr = new Writable({
      write: (chunk: Buffer, _e, done) => {
        said += chunk.toString();
        for (const w of waiters.filter((w) => said.includes(w.text))) w.done();
        done();
      },
    });
    const seen = (text: string) => new Promise<void>((done) => (said.includes(text) ? done() : waiters.push({ text, done })));
    const stdout = new Writable({ write: (_c, _e, done) => done() });
    const running = main(['--store', store, '--answers', persona, '--out', join(home, 'plan.md'), '--survey', server.url], { stdin, stdout, stderr, env: testEnv(home) });
    await seen(`Send your pseudonymous response to ${server.url}/? Shows what is sent first.`);
    stdin.write(`${offer}\n`);
    if (offer === 'yes') {
      // The person reads the text and the record, then agrees.
      await seen('Type yes to agree and send it');
      expect(said).toContain('Clinical site survey 2026: before you send your response');
      stdin.write('yes\n');
    }
    expect(await running).toBe(code);
    expect(server.posts).toHaveLength(sent);
    if (offer === 'no') expect(said).toContain(`clinical-path submit --to ${server.url}/`);
  });

  it('--invite CODE goes on to the submit: in the command printed without a terminal, and as the header of the record sent at one', async () => {
    const printed = await runMain(['--store', store, '--answers', persona, '--survey', server.url, '--invite', 'CLASS-7KQ2', '--format', 'json'], { home });
    expect(printed.code).toBe(0);
    expect(printed.stderr.trimEnd().split('\n').at(-1)).toMatch(new RegExp(`clinical-path submit --to ${server.url}/ --invite CLASS-7KQ2$`));

    await runMain(['--store', store, 'reset', '--yes'], { home });
    const stdin = Object.assign(new PassThrough(), { isTTY: true });
    const stderr = collector();
    const seen = async (text: string) => {
      while (!stderr.text().includes(text)) await new Promise((r) => setTimeout(r, 20));
    };
    const running = main(['--store', store, '--answers', persona, '--out', join(home, 'plan.md'), '--survey', server.url, '--invite', 'CLASS-7KQ2'], { stdin, stdout: collector(), stderr, env: testEnv(home) });
    await seen('? Shows what is sent first.');
    stdin.write('yes\n');
    await seen('Type yes to agree and send it');
    stdin.write('yes\n');
    expect(await running).toBe(0);
    expect(server.posts).toHaveLength(1);
    expect(server.posts[0]?.headers['x-invite-code']).toBe('CLASS-7KQ2');
  });

  it('a malformed --invite is refused before the interview', async () => {
    const result = await runMain(['--store', store, '--survey', server.url, '--invite', 'has space'], { home, input: '' });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/invite code/i);
  });

  it('a bad address is refused before the interview, in one line', async () => {
    const result = await runMain(['--store', store, '--survey', 'file:///etc/passwd'], { home, input: '' });
    expect(result).toMatchObject({ code: 2, stdout: '', stderr: '“file:///etc/passwd” is not a web address starting with http:// or https://; nothing was sent.\n' });
  });
});
