import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KEYS, startPty, type PtySession } from './ptySession.js';
import { ROOT, tempHome } from './runBin.js';
import { runMain } from './runMain.js';
import { fakeSurveyServer } from './fakeSurveyServer.js';

const persona = join(ROOT, 'test', 'fixtures', 'answers', 'sonography-student-nm.json');
const survey = { name: 'Clinical site survey 2026', runBy: 'The survey team', consentText: 'Kept two years.', consentVersion: '2026.12-1', bank: { id: 'clinical-path', version: '2026.12' } };

let home: string;
let store: string;
let session: PtySession | undefined;
let server: ReturnType<typeof fakeSurveyServer>;

beforeEach(async () => {
  ({ home, store } = tempHome());
  expect((await runMain(['--store', store, '--answers', persona, '--out', join(home, 'plan.md')], { home })).code).toBe(0);
  server = fakeSurveyServer(structuredClone(survey));
  await server.start();
});
afterEach(async () => {
  session?.kill('SIGKILL');
  session = undefined;
  await server.stop();
});

describe('the full-screen interview with a survey server', () => {
  it('a waiting response: a note before the first frame, sent in the background; --survey offers submit after the plan', async () => {
    // Agreed to while the survey was down, and due now.
    await server.stop();
    expect((await runMain(['--store', store, 'submit', '--to', server.url, '--agree'], { home })).code).toBe(3);
    await server.start();
    const file = join(store, 'answers.json');
    const saved = JSON.parse(readFileSync(file, 'utf8')) as { pending: object };
    writeFileSync(file, JSON.stringify({ ...saved, pending: { ...saved.pending, nextAttemptAt: '2000-01-01T00:00:00.000Z' } }));

    const run = (session = startPty(['--store', store, '--survey', server.url], { home }));
    await run.waitFor(`waiting to go to ${server.url}/; trying again now.`);
    await run.waitFor('Looks right');
    run.mark();
    run.write(KEYS.up);
    await run.waitFor('❯ Looks right');
    run.write(KEYS.enter);
    await run.waitFor(`Sent: the survey at ${server.url}/ has stored your response (revision 1).`);
    await run.waitFor(`Send your pseudonymous response to ${server.url}/? Shows what is sent first.`);
    run.write(`yes${KEYS.enter}`);
    await run.waitFor('Type yes to agree and send it');
    expect(run.output()).toContain('Clinical site survey 2026: before you send your response');
    run.write(`yes${KEYS.enter}`);
    await run.waitFor('Already there');
    expect((await run.exited).exitCode).toBe(0);
    expect(server.posts).toHaveLength(2);
    expect(server.posts[1]!.body).toBe(server.posts[0]!.body);
    expect(run.output().indexOf('trying again now')).toBeLessThan(run.output().indexOf('Review your answers'));
  });
});
