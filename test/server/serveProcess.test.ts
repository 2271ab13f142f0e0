import { once } from 'node:events';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshPostgres, type FreshDatabase } from './testDatabases.js';
import { recordMaker } from './records.js';
import { bundleForTest, spawnServe } from './serveBundle.js';

// The real process, as people run it: signals go to it, and it must exit by itself once serve returns (nothing left
// holding the event loop open).
let bundle: Awaited<ReturnType<typeof bundleForTest>>;
let home: string;
let place: FreshDatabase;
beforeAll(async () => {
  home = mkdtempSync(join(tmpdir(), 'clinical-path-serve-process-'));
  bundle = await bundleForTest();
  place = await freshPostgres();
}, 120_000);
afterAll(async () => {
  bundle?.remove();
  await place?.drop();
});

const start = (args: string[]) => spawnServe(bundle.bin, args, home);

describe('clinical-path serve as a process', () => {
  it.each(['SIGTERM', 'SIGINT'] as const)('%s: finishes, says so, and exits 0 by itself', async (signal) => {
    const server = start(['--db', place.target, '--port', '0', '--token-file', join(home, 'token')]);
    const url = await server.url;
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    const sent = await fetch(`${url}/api/v1/responses`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(recordMaker(11)()) });
    expect(sent.status).toBe(201);
    server.child.kill(signal);
    expect(await server.exited).toBe(0);
    expect(server.stderr()).toContain('Stopped.');
  }, 60_000);

  it('a port in use: one line, exit 2', async () => {
    const taken = createServer().listen(0, '127.0.0.1');
    await once(taken, 'listening');
    const port = (taken.address() as { port: number }).port;
    try {
      const server = start(['--db', place.target, '--port', String(port), '--token-file', join(home, 'token')]);
      expect(await server.exited).toBe(2);
      expect(server.stderr()).toBe(`Port ${port} on 127.0.0.1 is already in use; choose another with --port N (0 picks a free one).\n`);
    } finally {
      taken.close();
    }
  }, 60_000);
});
