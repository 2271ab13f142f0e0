import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ResponseFile } from '../../src/core/survey/responseFile.js';
import { freshPglite, freshPostgres, type FreshDatabase } from './testDatabases.js';
import { recordMaker } from './records.js';
import { bundleForTest, spawnServe, type ServeProcess } from './serveBundle.js';

const CLIENTS = 20;
const RECORDS = 5000;
/** The server is killed once this many records have been answered 201 or 200. */
const KILL_AFTER = 1500;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let bundle: Awaited<ReturnType<typeof bundleForTest>>;
beforeAll(async () => {
  bundle = await bundleForTest();
}, 120_000);
afterAll(() => bundle?.remove());

/**
 * 20 clients send their share of the records, each in turn, to the servers in `urls` (a different one on each
 * attempt when there are several). A record is sent again, unchanged, until it is answered 201 or 200: no answer
 * (the server was killed), 503 or 429 mean try again after a short wait, as submit does. Returns every record and the
 * ones answered 201.
 */
async function sendAll(urls: () => string[], onProgress: (answered: number) => void) {
  const make = recordMaker(16);
  const records = Array.from({ length: RECORDS }, () => make());
  const created = new Set<string>();
  let answered = 0;
  /** Attempts that got no answer at all: the kill landed while clients were sending. */
  let unanswered = 0;
  const client = async (index: number) => {
    for (let i = index; i < records.length; i += CLIENTS) {
      const record = records[i]!;
      for (let attempt = 0; ; attempt += 1) {
        const list = urls();
        const url = list[(index + attempt) % list.length]!;
        try {
          const res = await fetch(`${url}/api/v1/responses`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(record), signal: AbortSignal.timeout(15_000) });
          await res.arrayBuffer();
          if (res.status === 201 || res.status === 200) {
            if (res.status === 201) created.add(record.responseId);
            answered += 1;
            onProgress(answered);
            break;
          }
          if (res.status !== 503 && res.status !== 429) throw new Error(`unexpected HTTP ${res.status} for ${record.responseId}`);
        } catch (error) {
          if ((error as Error).message.startsWith('unexpected HTTP')) throw error;
          unanswered += 1;
        }
        await sleep(Math.min(1000, 20 * 2 ** Math.min(attempt, 6)) * (0.5 + Math.random() / 2));
      }
    }
  };
  await Promise.all(Array.from({ length: CLIENTS }, (_, index) => client(index)));
  return { records, created, unanswered };
}

/** Every stored response, read through the staff API. */
async function storedResponses(url: string, token: string): Promise<ResponseFile[]> {
  const res = await fetch(`${url}/api/v1/responses.jsonl`, { headers: { Authorization: `Bearer ${token}` } });
  expect(res.status).toBe(200);
  return (await res.text()).trim().split('\n').filter(Boolean).map((line) => JSON.parse(line) as ResponseFile);
}

function expectEachStoredOnce(records: ResponseFile[], created: Set<string>, stored: ResponseFile[]) {
  const byId = new Map(stored.map((r) => [r.responseId, r]));
  expect(stored).toHaveLength(records.length);
  expect(byId.size).toBe(records.length);
  for (const id of created) expect(byId.has(id)).toBe(true);
  for (const record of records) expect(byId.get(record.responseId)).toEqual(record);
}

describe.each([
  ['PGlite', freshPglite],
  ['Postgres', freshPostgres],
] as const)('kill -9 under load, one serve on %s', (_name, fresh) => {
  let place: FreshDatabase;
  beforeAll(async () => {
    place = await fresh();
  }, 120_000);
  afterAll(async () => place?.drop());

  it(`${CLIENTS} clients, ${RECORDS} records: every 201 is stored once, and resends finish the rest`, async () => {
    const home = mkdtempSync(join(tmpdir(), 'clinical-path-faults-'));
    const args = ['--db', place.target, '--token-file', join(home, 'token'), '--rate-limit', '0'];
    let server: ServeProcess = spawnServe(bundle.bin, [...args, '--port', '0'], home);
    let url = await server.url;
    const port = new URL(url).port;
    let killed: Promise<void> | undefined;
    const { records, created, unanswered } = await sendAll(
      () => [url],
      (answered) => {
        if (answered < KILL_AFTER || killed) return;
        killed = (async () => {
          server.child.kill('SIGKILL');
          await server.exited;
          server = spawnServe(bundle.bin, [...args, '--port', port], home);
          url = await server.url;
        })();
      },
    );
    await killed;
    expect(killed).toBeDefined();
    expect(unanswered).toBeGreaterThan(0);
    const token = readFileSync(join(home, 'token'), 'utf8').trim();
    expectEachStoredOnce(records, created, await storedResponses(url, token));
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
  }, 300_000);
});

describe('kill -9 under load, two serve processes on one Postgres', () => {
  let place: FreshDatabase;
  beforeAll(async () => {
    place = await freshPostgres();
  }, 60_000);
  afterAll(async () => place?.drop());

  it(`${CLIENTS} clients over both, one killed and restarted: every record stored once`, async () => {
    const home = mkdtempSync(join(tmpdir(), 'clinical-path-faults-'));
    const args = ['--db', place.target, '--token-file', join(home, 'token'), '--rate-limit', '0'];
    const servers: ServeProcess[] = [spawnServe(bundle.bin, [...args, '--port', '0'], home)];
    const first = await servers[0]!.url;
    servers.push(spawnServe(bundle.bin, [...args, '--port', '0'], home));
    const urls = [first, await servers[1]!.url];
    let killed: Promise<void> | undefined;
    const { records, created, unanswered } = await sendAll(
      () => urls,
      (answered) => {
        if (answered < KILL_AFTER || killed) return;
        killed = (async () => {
          servers[0]!.child.kill('SIGKILL');
          await servers[0]!.exited;
          servers[0] = spawnServe(bundle.bin, [...args, '--port', new URL(first).port], home);
          await servers[0].url;
        })();
      },
    );
    await killed;
    expect(unanswered).toBeGreaterThan(0);
    const token = readFileSync(join(home, 'token'), 'utf8').trim();
    expectEachStoredOnce(records, created, await storedResponses(urls[1]!, token));
    for (const server of servers) server.child.kill('SIGTERM');
    expect(await Promise.all(servers.map((s) => s.exited))).toEqual([0, 0]);
  }, 300_000);
});
