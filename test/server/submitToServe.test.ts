import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ResponseFile } from '../../src/core/survey/responseFile.js';
import { createApp } from '../../src/server/createApp.js';
import type { SurveyDb } from '../../src/server/db/SurveyDb.js';
import { inviteHash } from '../../src/server/inviteCodes.js';
import { hashStaffToken } from '../../src/server/staffToken.js';
import { startServer, type RunningServer } from '../../src/server/startServer.js';
import { ROOT, tempHome } from '../e2e/runBin.js';
import { runMain } from '../e2e/runMain.js';
import { engines } from './engines.js';
import { shippedBank, TOKEN } from './records.js';

const persona = join(ROOT, 'test', 'fixtures', 'answers', 'sonography-student-nm.json');

/** A respondent with finished answers in a store of their own. */
async function respondent() {
  const { home, store } = tempHome();
  expect((await runMain(['--store', store, '--answers', persona, '--out', join(home, 'plan.md')], { home })).code).toBe(0);
  return { submit: (...args: string[]) => runMain(['--store', store, 'submit', ...args], { home }), exportRecord: async () => JSON.parse((await runMain(['--store', store, 'export', '--agree'], { home })).stdout) as ResponseFile };
}
const lastLine = (text: string) => text.trimEnd().split('\n').at(-1);

describe.each(engines)('submit to a real serve on $name', (engine) => {
  let db: SurveyDb;
  let dispose: () => Promise<void>;
  let server: RunningServer;
  beforeAll(async () => {
    ({ db, dispose } = await engine.open());
    server = await startServer({ app: createApp({ db, bank: await shippedBank(), staffTokenHash: hashStaffToken(TOKEN) }), host: '127.0.0.1', port: 0 });
  }, 120_000);
  afterAll(async () => {
    await server?.close();
    await dispose?.();
  });

  it('the record submit sends is stored as export would write it; sent again it is already there', async () => {
    const person = await respondent();
    const sent = await person.submit('--to', server.url, '--agree');
    expect(sent.code).toBe(0);
    expect(lastLine(sent.stderr)).toBe(`Sent: the survey at ${server.url}/ has stored your response (revision 1).`);
    const exported = await person.exportRecord();
    const stored: ResponseFile[] = [];
    for await (const r of db.responses()) if (r.responseId === exported.responseId) stored.push(r);
    expect(stored).toEqual([exported]);
    const again = await person.submit('--to', server.url, '--agree');
    expect(again.code).toBe(0);
    expect(lastLine(again.stderr)).toMatch(/^Already there: /);
  });

  it('invites: refused without one, sent with one, and the same code refused for the next person', async () => {
    await db.addInvites([inviteHash('K7Q2-9XFM-4HRT')]);
    const first = await respondent();
    const without = await first.submit('--to', server.url, '--agree');
    expect(without.code).toBe(2);
    expect(lastLine(without.stderr)).toMatch(/invite/i);
    const withCode = await first.submit('--to', server.url, '--agree', '--invite', 'k7q2-9xfm-4hrt');
    expect(withCode.code, withCode.stderr).toBe(0);
    const second = await respondent();
    const reused = await second.submit('--to', server.url, '--agree', '--invite', 'K7Q2-9XFM-4HRT');
    expect(reused.code).toBe(2);
    expect(lastLine(reused.stderr)).toMatch(/already (been )?used/i);
  });
});
