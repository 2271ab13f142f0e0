import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/server/createApp.js';
import { startServer, type RunningServer } from '../../src/server/startServer.js';
import { hashStaffToken } from '../../src/server/staffToken.js';
import type { SurveyDb } from '../../src/server/db/SurveyDb.js';
import { ENGINES, openFresh, readEveryTable } from './testDatabases.js';
import { recordMaker, shippedBank, TOKEN } from './records.js';

const AGENT = 'TestBrowser/9.9 (identifying-agent-string)';

describe.each(ENGINES)('what a request leaves in the database on $engine', ({ fresh }) => {
  let db: SurveyDb;
  let target: string;
  let done: () => Promise<void>;
  let server: RunningServer;
  beforeAll(async () => {
    ({ db, target, done } = await openFresh(fresh));
    server = await startServer({ app: createApp({ db, bank: await shippedBank(), staffTokenHash: hashStaffToken(TOKEN), trustProxy: true }), host: '127.0.0.1', port: 0 });
  }, 60_000);
  afterAll(async () => {
    await server?.close();
    await done?.();
  });

  it('is the records sent and nothing of the requests: no address, user agent or time finer than the month, in any table', async () => {
    const make = recordMaker(31);
    const headers = { 'content-type': 'application/json', 'user-agent': AGENT, 'x-forwarded-for': '203.0.113.77' };
    for (let i = 0; i < 5; i += 1) {
      const answer = await fetch(`${server.url}/api/v1/responses`, { method: 'POST', headers, body: JSON.stringify(make()) });
      expect(answer.status).toBe(201);
    }
    await server.close();
    // One process at a time may hold a PGlite folder: the server's connection is closed before the tables are read.
    await db.close();
    const tables = await readEveryTable(target);
    expect(Object.keys(tables).sort()).toEqual(['invites', 'responses', 'schema_migrations']);
    expect(tables.responses).toHaveLength(5);
    expect(Object.keys(tables.responses?.[0] ?? {}).sort()).toEqual(['answers', 'bank_id', 'bank_version', 'consent_version', 'month', 'response_id', 'revision']);
    const text = JSON.stringify(tables);
    for (const leak of ['127.0.0.1', '203.0.113.77', '::1', 'TestBrowser', 'identifying-agent-string']) expect(text).not.toContain(leak);
    // Dates: nothing with a day or a time of day; the month is the finest time kept.
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}|\d{1,2}:\d{2}/);
    expect(tables.responses?.every((row) => /^\d{4}-\d{2}$/.test(String(row.month)))).toBe(true);
  });
});
