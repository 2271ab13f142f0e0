import { once } from 'node:events';
import { createServer, connect, type Server, type Socket } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createApp } from '../../src/server/createApp.js';
import { openSurveyDb } from '../../src/server/db/openSurveyDb.js';
import type { SurveyDb } from '../../src/server/db/SurveyDb.js';
import { hashStaffToken } from '../../src/server/staffToken.js';
import { freshPostgres, type FreshDatabase } from './testDatabases.js';
import { recordMaker, shippedBank, TOKEN } from './records.js';

/**
 * A TCP relay in front of the test Postgres that can be cut and restored on the same port: the Postgres server going
 * away and coming back, as the real client sees it (connections reset, then refused), without stopping a server
 * other tests share.
 */
function relay(target: { host: string; port: number }) {
  let server: Server | undefined;
  const sockets = new Set<Socket>();
  const up = async (port = 0) => {
    server = createServer((client) => {
      const upstream = connect(target.port, target.host);
      for (const s of [client, upstream]) {
        sockets.add(s);
        s.on('close', () => sockets.delete(s));
        s.on('error', () => undefined);
      }
      client.pipe(upstream).pipe(client);
    });
    server.listen(port, '127.0.0.1');
    await once(server, 'listening');
    return (server.address() as { port: number }).port;
  };
  const down = async () => {
    for (const s of sockets) s.destroy();
    await new Promise((resolve) => server?.close(resolve));
  };
  return { up, down };
}

let place: FreshDatabase;
let db: SurveyDb;
let proxy: ReturnType<typeof relay> | undefined;
let port: number;

beforeAll(async () => {
  place = await freshPostgres();
  const url = new URL(place.target);
  proxy = relay({ host: url.hostname, port: Number(url.port || 5432) });
  port = await proxy.up();
  url.port = String(port);
  db = await openSurveyDb(url.toString());
}, 60_000);
afterAll(async () => {
  await db?.close().catch(() => undefined);
  await proxy?.down();
  await place?.drop();
});

it('Postgres going away: 503 with Retry-After, then 201 and 200 again once it is back, with no restart', async () => {
  const app = createApp({ db, bank: await shippedBank(), staffTokenHash: hashStaffToken(TOKEN) });
  const record = recordMaker(21);
  const post = (body: unknown) => app.request('/api/v1/responses', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  expect((await post(record())).status).toBe(201);
  await proxy!.down();
  const r = record();
  for (const res of [await app.request('/healthz'), await post(r)]) {
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBe('5');
  }
  await proxy!.up(port);
  expect((await app.request('/healthz')).status).toBe(200);
  expect((await post(r)).status).toBe(201);
  expect((await post(r)).status).toBe(200);
}, 60_000);
