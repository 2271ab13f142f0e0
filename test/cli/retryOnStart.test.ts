import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { retryOnStart } from '../../src/cli/submit/retryOnStart.js';
import { memoryStore } from '../../src/store/memoryStore.js';
import type { Pending } from '../../src/store/progressFile.js';

const bank = { id: 'clinical-path', version: '2026.12' };
const record = { format: 'clinical-path/response', formatVersion: 2, bank, responseId: '9b2f0c1e-6a4d-4f3e-8b7a-1c2d3e4f5a6b', revision: 1, consentVersion: '2026.12-1', month: '2026-11', answers: {} };
const NOW = Date.parse('2026-11-23T10:00:00Z');

let server: Server | undefined;
afterEach(() => {
  server?.closeAllConnections();
  server?.close();
});

/** A server that takes the request and never answers: the worst case for the interview's start. */
async function silentServer(): Promise<string> {
  server = createServer(() => {});
  await new Promise<void>((done) => server!.listen(0, '127.0.0.1', done));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
}

const storeWith = (pending: Pending | null) => {
  const store = memoryStore({ progress: { answers: {}, current: null, screen: 'done' }, bank });
  store.savePending(pending);
  return store;
};

describe('retryOnStart', () => {
  it('with nothing waiting: no note, nothing to finish', async () => {
    const started = retryOnStart(storeWith(null), undefined);
    expect(started.note).toBeNull();
    expect(await started.finish()).toEqual([]);
  });

  it('not due yet: says so and how to send it now, and does not try', async () => {
    const pending = { record, digest: 'd', url: 'http://127.0.0.1:9/', attempts: 2, nextAttemptAt: '2026-11-23T10:30:00.000Z' };
    const store = storeWith(pending);
    const started = retryOnStart(store, 'npx clinical-path', { now: () => NOW });
    expect(started.note).toBe('A response you agreed to send is waiting to go to http://127.0.0.1:9/; npx clinical-path submit sends it now.');
    expect(await started.finish()).toEqual([]);
    expect(store.open().pending).toEqual(pending);
  });

  it('due, with a server that never answers: returns at once, and the end waits only the grace period; no attempt is counted', async () => {
    const url = await silentServer();
    const pending = { record, digest: 'd', url, attempts: 1, nextAttemptAt: '2026-11-23T09:00:00.000Z' };
    const store = storeWith(pending);
    const begun = Date.now();
    const started = retryOnStart(store, undefined, { now: () => NOW, graceMs: 200 });
    // Nothing awaited before the first screen.
    expect(Date.now() - begun).toBeLessThan(100);
    expect(started.note).toBe(`A response you agreed to send is waiting to go to ${url}; trying again now.`);
    const ending = Date.now();
    expect(await started.finish()).toEqual([]);
    expect(Date.now() - ending).toBeLessThan(2000);
    expect(store.open().pending).toEqual(pending);
  });

  it('due, with nothing listening: one failed attempt, rescheduled by the injected clock and random', async () => {
    const url = await silentServer();
    server!.closeAllConnections();
    await new Promise<void>((done) => server!.close(() => done()));
    server = undefined;
    const store = storeWith({ record, digest: 'd', url, attempts: 2, nextAttemptAt: '2026-11-23T09:00:00.000Z' });
    const started = retryOnStart(store, undefined, { now: () => NOW, random: () => 0.5 });
    const lines = await started.finish();
    expect(lines).toEqual([expect.stringMatching(/^Not sent yet: the survey at .* could not take it \(no answer\)\. .* in about 1 minute, or now with clinical-path submit\.$/)]);
    // Third failure: ceiling 120 s, half of it.
    expect(store.open().pending).toMatchObject({ attempts: 3, nextAttemptAt: new Date(NOW + 60_000).toISOString() });
  });
});
