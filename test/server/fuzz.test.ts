import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateResponse } from '../../src/core/survey/validateResponse.js';
import { exportedBank } from '../../src/core/survey/exportedBank.js';
import { createApp } from '../../src/server/createApp.js';
import { startServer, type RunningServer } from '../../src/server/startServer.js';
import { hashStaffToken } from '../../src/server/staffToken.js';
import { engines } from './engines.js';
import { hostileBodies } from './hostileBodies.js';
import { recordMaker, shippedBank, TOKEN } from './records.js';

describe.each(engines)('500 hostile bodies over loopback on $name', (engine) => {
  let server: RunningServer;
  let dispose: () => Promise<void>;
  beforeAll(async () => {
    const opened = await engine.open();
    dispose = opened.dispose;
    server = await startServer({ app: createApp({ db: opened.db, bank: await shippedBank(), staffTokenHash: hashStaffToken(TOKEN), rateLimit: false }), host: '127.0.0.1', port: 0 });
  }, 120_000);
  afterAll(async () => {
    await server?.close();
    await dispose?.();
  });

  it('each gets a 4xx with a JSON error (unless it happens to be a valid record), and the server keeps serving', async () => {
    const bank = exportedBank(await shippedBank());
    const statuses = new Map<number, number>();
    for (const { name, body, contentType } of hostileBodies(500)) {
      const res = await fetch(`${server.url}/api/v1/responses`, { method: 'POST', headers: contentType ? { 'Content-Type': contentType } : {}, body });
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
      const answer = (await res.json()) as { error?: { code: string; message: string } };
      if (res.status >= 200 && res.status < 300) {
        // A generated body can be a valid record (a field replaced by a value it allows): then it is stored, as collect would take it.
        expect(validateResponse(bank, JSON.parse(body)).ok, name).toBe(true);
        continue;
      }
      expect(res.status, name).toBeGreaterThanOrEqual(400);
      expect(res.status, name).toBeLessThan(500);
      expect(answer.error?.code, name).toBeTruthy();
      expect(JSON.stringify(answer), name).not.toMatch(/polluted|at .*\.ts:/);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    const after = await fetch(`${server.url}/api/v1/responses`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(recordMaker(99)()) });
    expect(after.status).toBe(201);
    expect([...statuses.keys()].every((s) => s < 500)).toBe(true);
  }, 120_000);
});
