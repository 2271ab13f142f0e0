import { fork, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * Issue 13, item 2: six processes that take the same lock at the same instant, 50 times, with no lock, a lock left by a
 * dead process, and a lock naming a live pid with another start time (a reused pid). Exactly one may hold it each
 * round, and every other names that one. Workers are long-lived processes (six node startups, not 300), released by
 * a spin until a shared instant, so the test stays fast on a loaded two-core machine; nothing asserts on timing.
 */

const ROUNDS = 50;
const WORKERS = 6;
const scratch = mkdtempSync(join(tmpdir(), 'clinical-path-lockrace-'));
const workers: ChildProcess[] = [];

interface Reply {
  round: number;
  pid: number;
  ok: boolean;
  heldBy: number | null;
}

const WORKER = `
const { takeLock } = await import(process.argv[2]);
let held = null;
process.on('message', (m) => {
  if (m.type === 'go') {
    while (Date.now() < m.at) {} // all six start together
    const lock = takeLock(m.path);
    if (lock.ok) held = lock;
    process.send({ round: m.round, pid: process.pid, ok: lock.ok, heldBy: lock.ok ? null : lock.heldBy });
  } else if (m.type === 'release') {
    held?.release();
    held = null;
    process.send({ released: true });
  } else process.exit(0);
});
process.send({ ready: true });
`;

function next(child: ChildProcess): Promise<Record<string, unknown>> {
  return new Promise((resolve) => child.once('message', (m) => resolve(m as Record<string, unknown>)));
}

beforeAll(async () => {
  const bundle = join(scratch, 'lockFile.mjs');
  buildSync({ entryPoints: [fileURLToPath(new URL('../../src/store/lockFile.ts', import.meta.url))], bundle: true, platform: 'node', format: 'esm', outfile: bundle, logLevel: 'error' });
  writeFileSync(join(scratch, 'worker.mjs'), WORKER);
  for (let i = 0; i < WORKERS; i += 1) workers.push(fork(join(scratch, 'worker.mjs'), [bundle], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] }));
  await Promise.all(workers.map(next));
}, 60_000);

afterAll(() => {
  for (const child of workers) child.kill();
  rmSync(scratch, { recursive: true, force: true });
});

/** A pid that ran and has exited: a lock naming it was left by a crash. */
function deadPid(): number {
  return Number(spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout);
}

describe('the lock under six interviews started together', () => {
  it(`${ROUNDS} rounds of ${WORKERS} takers, each round with exactly one holder, named by all the others`, async () => {
    const counts = { none: 0, dead: 0, reused: 0 };
    for (let round = 0; round < ROUNDS; round += 1) {
      const path = join(scratch, `round-${round}.lock`);
      const kind = (['none', 'dead', 'reused'] as const)[round % 3]!;
      counts[kind] += 1;
      // A reused pid: this test's own process, alive, recorded with a start time it never had.
      if (kind === 'dead') writeFileSync(path, `${deadPid()} 12345`);
      if (kind === 'reused') writeFileSync(path, `${process.pid} 1`);
      const replies = Promise.all(workers.map((child) => next(child) as Promise<unknown> as Promise<Reply>));
      const at = Date.now() + 40;
      for (const child of workers) child.send({ type: 'go', round, path, at });
      const results = await replies;
      const holders = results.filter((r) => r.ok);
      expect(holders, `round ${round} (${kind})`).toHaveLength(1);
      const holder = holders[0]!.pid;
      for (const r of results.filter((x) => !x.ok)) expect(r.heldBy, `round ${round} (${kind})`).toBe(holder);
      const holderChild = workers.find((c) => c.pid === holder)!;
      const released = next(holderChild);
      holderChild.send({ type: 'release' });
      await released;
    }
    expect(counts).toEqual({ none: 17, dead: 17, reused: 16 });
  }, 120_000);
});
