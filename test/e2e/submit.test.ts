import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { Pending, Sent } from '../../src/store/progressFile.js';
import { ROOT, tempHome, testEnv } from './runBin.js';
import { runMain } from './runMain.js';
import { fakeSurveyServer, type Survey } from './fakeSurveyServer.js';

const persona = join(ROOT, 'test', 'fixtures', 'answers', 'sonography-student-nm.json');
const survey: Survey = {
  name: 'Clinical site survey 2026',
  runBy: 'The survey team at the Example Society (survey@example.org)',
  consentText: 'Your answers go to our server.\n\nWe keep them two years.',
  consentVersion: '2026.12-1',
  bank: { id: 'clinical-path', version: '2026.12' },
};

let home: string;
let store: string;
let server: ReturnType<typeof fakeSurveyServer>;
const saved = () => JSON.parse(readFileSync(join(store, 'answers.json'), 'utf8')) as { responseId?: string; sent?: Sent; pending?: Pending };
const submit = (...args: string[]) => runMain(['--store', store, 'submit', ...args], { home });

beforeEach(async () => {
  ({ home, store } = tempHome());
  expect((await runMain(['--store', store, '--answers', persona, '--out', join(home, 'plan.md')], { home })).code).toBe(0);
  server = fakeSurveyServer(structuredClone(survey));
  await server.start();
});
afterEach(() => server.stop());

describe('submit sends the record export would write, once agreed to', () => {
  it('agree → 201: shows the server’s text and the exact record, sends it once, keeps it as sent; again → 200 already there', async () => {
    const first = await submit('--to', server.url, '--agree');
    expect(first).toMatchObject({ code: 0, stdout: '' });
    for (const part of ['Clinical site survey 2026: before you send your response', 'Who receives it: The survey team at the Example Society', 'We keep them two years.', '  Revision: 1', '  Consent version: 2026.12-1', '  State: West']) {
      expect(first.stderr).toContain(part);
    }
    expect(first.stderr.trimEnd().split('\n').at(-1)).toBe(`Sent: the survey at ${server.url}/ has stored your response (revision 1).`);
    expect(server.posts).toHaveLength(1);
    const record = JSON.parse(server.posts[0]!.body) as Record<string, unknown>;
    expect(server.posts[0]!.headers['content-type']).toBe('application/json');
    expect(saved()).toMatchObject({ responseId: record.responseId, sent: { revision: 1, consentVersion: '2026.12-1' } });
    expect(saved()).not.toHaveProperty('pending');
    // Exactly what export writes: the same record, field for field.
    const exported = await runMain(['--store', store, 'export', '--agree'], { home });
    expect(JSON.parse(exported.stdout)).toEqual(record);

    const again = await submit('--to', server.url, '--agree');
    expect(again.code).toBe(0);
    expect(again.stderr.trimEnd().split('\n').at(-1)).toBe(`Already there: the survey at ${server.url}/ already has this response (revision 1); nothing changed.`);
    expect(server.posts.map((p) => p.body)).toEqual([server.posts[0]!.body, server.posts[0]!.body]);
    expect(server.stored.size).toBe(1);
  });

  it('submit again without --to goes to the survey that confirmed it last, also after an export and a changed answer', async () => {
    expect((await submit('--to', server.url, '--agree')).code).toBe(0);
    expect(saved().sent).toMatchObject({ revision: 1, url: `${server.url}/` });
    const again = await submit('--agree');
    expect(again.code).toBe(0);
    expect(again.stderr.trimEnd().split('\n').at(-1)).toBe(`Already there: the survey at ${server.url}/ already has this response (revision 1); nothing changed.`);

    // An export in between keeps the address; a changed answer is the next revision, to the same survey.
    const other = join(ROOT, 'test', 'fixtures', 'answers', 'ct-employed.json');
    expect((await runMain(['--store', store, '--answers', other, '--out', join(home, 'plan2.md')], { home })).code).toBe(0);
    expect((await runMain(['--store', store, 'export', '--agree', '--out', join(home, 'response.json')], { home })).code).toBe(0);
    expect(saved().sent).toMatchObject({ revision: 2, url: `${server.url}/` });
    const changed = await submit('--agree');
    expect(changed.code).toBe(0);
    expect(changed.stderr.trimEnd().split('\n').at(-1)).toBe(`Sent: revision 2 of your response replaces your earlier one at ${server.url}/.`);
    expect(server.posts).toHaveLength(3);
  });

  it('without --agree and without a terminal: prints the text, exit 1, nothing sent and nothing kept', async () => {
    const result = await submit('--to', server.url);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('We keep them two years.');
    expect(result.stderr.trimEnd().split('\n').at(-1)).toBe('Nothing sent. To agree to the text above and send the response, run the same command with --agree (clinical-path submit --agree).');
    expect(server.posts).toHaveLength(0);
    expect(saved()).not.toHaveProperty('responseId');
    expect(saved()).not.toHaveProperty('pending');
  });

  it.each([
    ['no', 1],
    ['yes', 0],
  ])('at a terminal, typing %j: exit %i, sent only after yes', async (typed, code) => {
    const stdin = Object.assign(new PassThrough(), { isTTY: true });
    const chunks: string[] = [];
    const sink = () => new Writable({ write: (chunk: Buffer, _e, done) => (chunks.push(chunk.toString()), done()) });
    const running = main(['--store', store, 'submit', '--to', server.url], { stdin, stdout: sink(), stderr: sink(), env: testEnv(home) });
    stdin.end(`${typed}\n`);
    expect(await running).toBe(code);
    expect(chunks.join('')).toContain('Send this response? Type yes to agree and send it; anything else stops without sending: ');
    expect(server.posts).toHaveLength(code === 0 ? 1 : 0);
    if (code !== 0) expect(chunks.join('')).toContain('Nothing sent: you did not agree.');
  });

  it('the server down: the agreed record is queued (exit 3); the next submit, with the server back, sends it once', async () => {
    await server.stop();
    const before = Date.now();
    const down = await submit('--to', server.url, '--agree');
    expect(down.code).toBe(3);
    expect(down.stderr).toContain(`The survey at ${server.url}/ could not be reached, so this is the`);
    expect(down.stderr).toContain('Who receives it: The program, society or survey team');
    expect(down.stderr.trimEnd().split('\n').at(-1)).toMatch(/^Not sent yet: the survey at .* could not take it \(no answer\)\. Your response is kept here and tried again on a later run in about \d+ minutes?, or now with clinical-path submit\.$/);
    const { pending } = saved();
    expect(pending).toMatchObject({ url: `${server.url}/`, attempts: 1, record: { revision: 1, consentVersion: '2026.12-1' } });
    expect(Date.parse(pending!.nextAttemptAt)).toBeGreaterThanOrEqual(before);
    expect(Date.parse(pending!.nextAttemptAt)).toBeLessThanOrEqual(Date.now() + 30_000);
    expect(saved()).not.toHaveProperty('sent');

    await server.start();
    const back = await submit();
    expect(back.code).toBe(0);
    expect(back.stderr).toBe(`Sending the response you agreed to earlier (revision 1) to ${server.url}/.\nSent: the survey at ${server.url}/ has stored your response (revision 1).\n`);
    expect(server.posts).toHaveLength(1);
    expect(JSON.parse(server.posts[0]!.body)).toEqual(pending!.record);
    expect(saved()).not.toHaveProperty('pending');
    expect(saved().sent).toMatchObject({ revision: 1, digest: pending!.digest });
  });

  it('a send whose answer was lost is sent again as the same record: the server says it is already there, and the outbox empties', async () => {
    server.forced.push({ status: 503, headers: { 'retry-after': '1' } });
    expect((await submit('--to', server.url, '--agree')).code).toBe(3);
    // As if the first POST had been stored and only its answer lost.
    const record = JSON.parse(server.posts[0]!.body) as { responseId: string; revision: number };
    server.stored.set(record.responseId, { revision: record.revision, body: server.posts[0]!.body });
    const again = await submit('--to', server.url);
    expect(again.code).toBe(0);
    expect(again.stderr).toContain('Already there');
    expect(server.posts[1]!.body).toBe(server.posts[0]!.body);
    expect(saved()).not.toHaveProperty('pending');
  });

  it.each([
    [429, '120'],
    [503, '600'],
  ])('%i with Retry-After %s: queued, not tried again before the server asked', async (status, seconds) => {
    server.forced.push({ status, body: { error: { code: 'later', message: 'later' } }, headers: { 'retry-after': seconds } });
    const before = Date.now();
    const result = await submit('--to', server.url, '--agree');
    expect(result.code).toBe(3);
    expect(result.stderr).toContain(status === 429 ? '(it asked to slow down)' : '(it is unavailable for now)');
    const { pending } = saved();
    expect(pending).toMatchObject({ attempts: 1 });
    expect(Date.parse(pending!.nextAttemptAt) - before).toBeGreaterThanOrEqual(Number(seconds) * 1000);
  });

  it('the survey’s bank version differs: one line, exit 2, nothing sent or kept', async () => {
    server.survey.bank.version = '2027.01';
    const result = await submit('--to', server.url, '--agree');
    expect(result).toMatchObject({ code: 2, stdout: '' });
    expect(result.stderr).toBe('This survey uses question bank clinical-path version 2027.01; yours is version 2026.12. Update clinical-path, then submit. Nothing was sent.\n');
    expect(server.posts).toHaveLength(0);
    expect(saved()).not.toHaveProperty('pending');
  });

  it('the server refuses the record: one line with its reason and field, exit 2, nothing left waiting', async () => {
    server.forced.push({ status: 422, body: { error: { code: 'invalid', field: 'answers.state', message: 'not an option' } } });
    const result = await submit('--to', server.url, '--agree');
    expect(result.code).toBe(2);
    expect(result.stderr.trimEnd().split('\n').at(-1)).toBe(`Not sent: the survey at ${server.url}/ refused the record (HTTP 422) (the server says: answers.state: not an option).`);
    expect(saved()).not.toHaveProperty('pending');
    expect(saved()).not.toHaveProperty('sent');
  });

  it('a redirect is not followed', async () => {
    server.forced.push({ status: 307, headers: { location: 'https://elsewhere.example/api/v1/responses' } });
    const result = await submit('--to', server.url, '--agree');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('points elsewhere (https://elsewhere.example/api/v1/responses), which clinical-path does not follow');
    expect(server.posts).toHaveLength(1);
  });

  it.each([
    [['--to', 'ftp://survey.example'], '“ftp://survey.example” is not a web address starting with http:// or https://; nothing was sent.\n'],
    [['--to', 'not a url'], '“not a url” is not a web address starting with http:// or https://; nothing was sent.\n'],
    [['--to', 'https://me:secret@survey.example'], 'The survey address has a user name or password in it, which clinical-path does not send; use the address without them. Nothing was sent.\n'],
    [['--to', 'https://survey.example', '--invite', 'two words'], 'An invite code is letters, digits and punctuation without spaces, as your survey team gave it; nothing was sent.\n'],
    [[], 'submit needs the address of the survey: --to URL, or set CLINICAL_PATH_SURVEY.\nYour survey team gives it to you (for example https://survey.example.org).\n'],
  ])('%j: exit 2 in words', async (args, stderr) => {
    expect(await submit(...args, '--agree')).toMatchObject({ code: 2, stderr });
  });

  it('takes the address from CLINICAL_PATH_SURVEY', async () => {
    const result = await runMain(['--store', store, 'submit', '--agree'], { home, env: { CLINICAL_PATH_SURVEY: server.url } });
    expect(result.code).toBe(0);
    expect(server.posts).toHaveLength(1);
  });

  it('an unfinished interview sends nothing (exit 1)', async () => {
    const empty = join(home, 'empty');
    const result = await runMain(['--store', empty, 'submit', '--to', server.url, '--agree'], { home });
    expect(result).toMatchObject({ code: 1, stderr: 'Nothing to submit: there are no saved answers.\nStart the interview (clinical-path), then submit.\n' });
    expect(server.posts).toHaveLength(0);
  });
});

describe('invites', () => {
  beforeEach(async () => {
    await server.stop();
    server = fakeSurveyServer(structuredClone(survey), { invites: ['GOOD-1'] });
    await server.start();
  });

  it('an unknown invite, then a good one, then the same one from someone else: one line each', async () => {
    const unknown = await submit('--to', server.url, '--invite', 'BAD', '--agree');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr.trimEnd().split('\n').at(-1)).toBe(`Not sent: the survey at ${server.url}/ does not accept this invite code (or needs one). Check it, then run clinical-path submit --invite CODE.`);
    expect(saved()).not.toHaveProperty('pending');

    expect((await submit('--to', server.url, '--invite', 'GOOD-1', '--agree')).code).toBe(0);
    expect(server.posts.at(-1)!.headers['x-invite-code']).toBe('GOOD-1');

    const other = tempHome();
    expect((await runMain(['--store', other.store, '--answers', persona, '--out', join(other.home, 'plan.md')], { home: other.home })).code).toBe(0);
    const used = await runMain(['--store', other.store, 'submit', '--to', server.url, '--invite', 'GOOD-1', '--agree'], { home: other.home });
    expect(used.code).toBe(2);
    expect(used.stderr.trimEnd().split('\n').at(-1)).toBe('Not sent: this invite code was already used. Ask your survey team for a new one, then run clinical-path submit --invite CODE.');
  });
});
