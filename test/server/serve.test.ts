import { spawnSync } from 'node:child_process';
import { get as httpsGet } from 'node:https';
import { createServer } from 'node:net';
import { once } from 'node:events';
import { cpSync, existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { parse, stringify } from 'yaml';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { createApp } from '../../src/server/createApp.js';
import { startServer } from '../../src/server/startServer.js';
import { hashStaffToken } from '../../src/server/staffToken.js';
import type { SurveyDb } from '../../src/server/db/SurveyDb.js';
import { ROOT, testEnv } from '../e2e/runBin.js';
import { collector, runMain } from '../e2e/runMain.js';
import { freshPostgres, openFresh, freshPglite } from './testDatabases.js';
import { recordMaker, shippedBank, TOKEN } from './records.js';

/** Starts `clinical-path serve …` in this process; `url` resolves once it prints where it listens. */
function serve(args: string[], home: string, env: Record<string, string> = {}) {
  const stdout = collector();
  const stderr = collector();
  const stdin = new PassThrough();
  stdin.end();
  const before = new Set(process.listeners('SIGTERM'));
  const done = main(['serve', ...args], { stdin, stdout, stderr, env: testEnv(home, env) });
  const url = (async () => {
    for (let waited = 0; waited < 90_000; waited += 50) {
      const found = /Serving the survey at (\S+)/.exec(stderr.text())?.[1];
      if (found) return found;
      if (await Promise.race([done.then(() => true), new Promise((r) => setTimeout(() => r(false), 50))])) throw new Error(`serve ended: ${stderr.text()}`);
    }
    throw new Error(`serve did not start: ${stderr.text()}`);
  })();
  // A run that ends at once (bad options) is awaited through `done`; its url is never asked for.
  url.catch(() => undefined);
  // What the process would do on SIGTERM, without sending a signal to the test runner: call serve's own listener.
  const terminate = () => {
    for (const listener of process.listeners('SIGTERM')) if (!before.has(listener)) (listener as (signal: string) => void)('SIGTERM');
  };
  return { done, url, terminate, stdout, stderr };
}

describe('a real listener on 127.0.0.1', () => {
  let db: SurveyDb;
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    ({ db, done: cleanup } = await openFresh(freshPglite));
  }, 120_000);
  afterAll(async () => cleanup?.());

  it('startServer on port 0: answers fetch over loopback, takes a record, and closes', async () => {
    const app = createApp({ db, bank: await shippedBank(), staffTokenHash: hashStaffToken(TOKEN) });
    const server = await startServer({ app, host: '127.0.0.1', port: 0 });
    try {
      expect(server.url).toBe(`http://127.0.0.1:${server.port}`);
      expect(server.port).toBeGreaterThan(0);
      const health = await fetch(`${server.url}/healthz`);
      expect(health.status).toBe(200);
      expect(await health.json()).toEqual({ ok: true });
      const sent = await fetch(`${server.url}/api/v1/responses`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(recordMaker(3)()) });
      expect(sent.status).toBe(201);
    } finally {
      await server.close();
    }
    await expect(fetch(`${server.url}/healthz`)).rejects.toThrow();
  });

  it('answers 413 to a 10 MB body over a real socket (the client reads the answer), and keeps serving', async () => {
    const server = await startServer({ app: createApp({ db, bank: await shippedBank(), staffTokenHash: hashStaffToken(TOKEN) }), host: '127.0.0.1', port: 0 });
    try {
      const body = JSON.stringify({ ...recordMaker(6)(), answers: { obstacle: 'x'.repeat(10_000_000) } });
      const res = await fetch(`${server.url}/api/v1/responses`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body });
      expect(res.status).toBe(413);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('tooLarge');
      expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    } finally {
      await server.close();
    }
  });

  it('limits by the socket address, loopback too: 20 requests at a limit of 1 a minute get one 200, then 429 with Retry-After', async () => {
    const app = createApp({ db, bank: await shippedBank(), staffTokenHash: hashStaffToken(TOKEN), rateLimit: { perMinute: 1, burst: 1 } });
    const server = await startServer({ app, host: '127.0.0.1', port: 0 });
    try {
      const answers = await Promise.all(Array.from({ length: 20 }, () => fetch(`${server.url}/healthz`)));
      expect(answers.map((r) => r.status).sort()).toEqual([200, ...Array.from({ length: 19 }, () => 429)]);
      expect(Number(answers.find((r) => r.status === 429)?.headers.get('retry-after'))).toBeGreaterThan(0);
    } finally {
      await server.close();
    }
  });

  it('with trustProxy, limits each client by the address its proxy appended to X-Forwarded-For, not what the client wrote there', async () => {
    const app = createApp({ db, bank: await shippedBank(), staffTokenHash: hashStaffToken(TOKEN), rateLimit: { perMinute: 1, burst: 1 }, trustProxy: true });
    const server = await startServer({ app, host: '127.0.0.1', port: 0 });
    const from = (forwarded: string) => fetch(`${server.url}/healthz`, { headers: { 'x-forwarded-for': forwarded } }).then((r) => r.status);
    try {
      expect(await from('203.0.113.1')).toBe(200);
      expect(await from('203.0.113.2')).toBe(200);
      // A client that writes someone else's address first is still known by the one the proxy appended.
      expect(await from('198.51.100.7, 203.0.113.1')).toBe(429);
    } finally {
      await server.close();
    }
  });

  it('close() lets a request in flight finish (201) while new connections are refused', async () => {
    let release = () => {};
    let started = () => {};
    const putStarted = new Promise<void>((resolve) => (started = resolve));
    const slow: SurveyDb = {
      ...db,
      put: async (response, invite) => {
        started();
        await new Promise<void>((resolve) => (release = resolve));
        return db.put(response, invite);
      },
    };
    const server = await startServer({ app: createApp({ db: slow, bank: await shippedBank(), staffTokenHash: hashStaffToken(TOKEN) }), host: '127.0.0.1', port: 0 });
    const inFlight = fetch(`${server.url}/api/v1/responses`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(recordMaker(5)()) });
    await putStarted;
    let closed = false;
    const closing = server.close().then(() => (closed = true));
    await expect(fetch(`${server.url}/healthz`)).rejects.toThrow();
    expect(closed).toBe(false);
    release();
    expect((await inFlight).status).toBe(201);
    await closing;
  });
});

describe('clinical-path serve', () => {
  it('starts on a free port, prints the token once (saved 0600) and the invites, answers /healthz, and stops on SIGTERM with 0', async () => {
    const home = mkdtempSync(join(tmpdir(), 'clinical-path-serve-'));
    const dbDir = join(home, 'survey-db');
    const tokenFile = join(home, 'token');
    const first = serve(['--db', dbDir, '--port', '0', '--token-file', tokenFile, '--invites', '3'], home);
    const url = await first.url;
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const health = await fetch(`${url}/healthz`);
    expect(health.status).toBe(200);
    const token = readFileSync(tokenFile, 'utf8').trim();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(statSync(tokenFile).mode & 0o777).toBe(0o600);
    expect(first.stderr.text()).toContain(token);
    expect(first.stderr.text()).toContain(`Responses are kept in ${dbDir}`);
    // A new folder takes seconds to make: said first, so the person is not left looking at nothing.
    expect(first.stderr.text().split('\n')[0]).toBe(`Making a new database in ${dbDir} (the first start takes a few seconds)…`);
    const codes = first.stdout.text().trim().split('\n');
    expect(codes).toHaveLength(3);
    const report = await fetch(`${url}/api/v1/report`, { headers: { Authorization: `Bearer ${token}` } });
    expect(report.status).toBe(200);
    const needsInvite = await fetch(`${url}/api/v1/responses`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(recordMaker(4)()) });
    expect(needsInvite.status).toBe(403);
    const invited = await fetch(`${url}/api/v1/responses`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Invite-Code': codes[0]! }, body: JSON.stringify(recordMaker(4)()) });
    expect(invited.status).toBe(201);
    first.terminate();
    expect(await first.done).toBe(0);
    expect(first.stderr.text()).toContain('Stopped.');
    await expect(fetch(`${url}/healthz`)).rejects.toThrow();

    // The second start keeps the token and the stored response, and does not print the token again.
    const second = serve(['--db', dbDir, '--port', '0', '--token-file', tokenFile], home);
    const again = await second.url;
    expect(second.stderr.text()).not.toContain(token);
    expect(second.stderr.text()).toContain(`Staff token: in ${tokenFile}`);
    expect(second.stderr.text()).not.toContain('Making a new database');
    const jsonl = await fetch(`${again}/api/v1/responses.jsonl`, { headers: { Authorization: `Bearer ${token}` } });
    expect((await jsonl.text()).trim().split('\n')).toHaveLength(1);
    second.terminate();
    expect(await second.done).toBe(0);
  }, 180_000);

  it('with no --db: PGlite in the user data folder, the token beside it', async () => {
    const home = mkdtempSync(join(tmpdir(), 'clinical-path-serve-'));
    const data = join(home, 'data');
    const run = serve(['--port', '0'], home, { XDG_DATA_HOME: data });
    const url = await run.url;
    const folder = join(data, 'clinical-path-server', 'db');
    expect(run.stderr.text()).toContain(`Responses are kept in ${folder}`);
    expect(existsSync(join(folder, 'PG_VERSION'))).toBe(true);
    const token = readFileSync(`${folder}.staff-token`, 'utf8').trim();
    expect((await fetch(`${url}/api/v1/report`, { headers: { Authorization: `Bearer ${token}` } })).status).toBe(200);
    run.terminate();
    expect(await run.done).toBe(0);
  }, 120_000);

  it('a port already in use: one plain line and exit 2', async () => {
    const home = mkdtempSync(join(tmpdir(), 'clinical-path-serve-'));
    const taken = createServer().listen(0, '127.0.0.1');
    await once(taken, 'listening');
    const port = (taken.address() as { port: number }).port;
    const place = await freshPostgres();
    try {
      const run = serve(['--db', place.target, '--port', String(port), '--token-file', join(home, 'token')], home);
      expect(await run.done).toBe(2);
      expect(run.stderr.text().trim()).toBe(`Port ${port} on 127.0.0.1 is already in use; choose another with --port N (0 picks a free one).`);
    } finally {
      taken.close();
      await place.drop();
    }
  }, 60_000);

  it('serves HTTPS with --tls-cert and --tls-key (a Postgres database this time)', async () => {
    const home = mkdtempSync(join(tmpdir(), 'clinical-path-serve-'));
    const cert = join(home, 'cert.pem');
    const key = join(home, 'key.pem');
    const made = spawnSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-days', '1', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1', '-keyout', key, '-out', cert], { encoding: 'utf8' });
    expect(made.status, made.stderr).toBe(0);
    const place = await freshPostgres();
    try {
      const run = serve(['--db', place.target, '--port', '0', '--token-file', join(home, 'token'), '--tls-cert', cert, '--tls-key', key], home);
      const url = await run.url;
      expect(url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
      expect(run.stderr.text()).toContain('Responses are kept in postgres://');
      expect(run.stderr.text()).not.toContain(new URL(place.target).password + '@');
      const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
        httpsGet(`${url}/healthz`, { ca: readFileSync(cert) }, (res) => {
          let body = '';
          res.on('data', (chunk: Buffer) => (body += chunk.toString()));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
        }).on('error', reject);
      });
      expect(answer).toEqual({ status: 200, body: '{"ok":true}' });
      run.terminate();
      expect(await run.done).toBe(0);
    } finally {
      await place.drop();
    }
  }, 60_000);

  it('lists its options in --help, and refuses a bank without a survey: block before opening the database', async () => {
    const home = mkdtempSync(join(tmpdir(), 'clinical-path-serve-'));
    const help = await runMain(['serve', '--help'], { home });
    expect(help.code).toBe(0);
    for (const option of ['--port', '--host', '--db', '--token-file', '--invites', '--tls-cert', '--tls-key', '--rate-limit']) expect(help.stdout).toContain(option);
    const questions = join(home, 'questions');
    cpSync(join(ROOT, 'questions'), questions, { recursive: true });
    const meta = parse(readFileSync(join(questions, 'bank.yaml'), 'utf8')) as Record<string, unknown>;
    delete meta.survey;
    writeFileSync(join(questions, 'bank.yaml'), stringify(meta));
    const result = await runMain(['--questions', questions, 'serve', '--db', join(home, 'db'), '--port', '0'], { home });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`${questions}/bank.yaml has no survey: block`);
    expect(existsSync(join(home, 'db'))).toBe(false);
  });

  it('refuses half a TLS pair and a bad port before opening anything', async () => {
    const home = mkdtempSync(join(tmpdir(), 'clinical-path-serve-'));
    const half = serve(['--tls-cert', join(home, 'cert.pem')], home);
    expect(await half.done).toBe(2);
    expect(half.stderr.text()).toContain('Give both --tls-cert and --tls-key');
    const port = serve(['--port', '70000'], home);
    expect(await port.done).toBe(2);
    expect(port.stderr.text()).toContain('--port must be a whole number');
  });
});
