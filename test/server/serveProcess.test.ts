import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BuildOptions } from 'esbuild';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadContentOrFail } from '../../src/cli/context.js';
import { ROOT, testEnv } from '../e2e/runBin.js';
import { freshPostgres, type FreshDatabase } from './testDatabases.js';
import { recordMaker } from './records.js';

// The real process, as people run it: signals go to it, and it must exit by itself once serve returns (nothing left
// holding the event loop open). Bundled here with the build's own options into a temporary folder, not dist/; PGlite
// is never bundled, so these runs use Postgres.
let bundle: string;
let home: string;
let place: FreshDatabase;
beforeAll(async () => {
  home = mkdtempSync(join(tmpdir(), 'clinical-path-serve-process-'));
  const outdir = join(home, 'dist');
  const { bundleOptions } = (await import(new URL('../../scripts/bundleOptions.js', import.meta.url).href)) as { bundleOptions: BuildOptions };
  await build({ ...bundleOptions, outdir, absWorkingDir: ROOT, minify: false, logLevel: 'silent' });
  writeFileSync(join(outdir, 'content.json'), JSON.stringify(await loadContentOrFail({})));
  bundle = join(outdir, 'cli.js');
  place = await freshPostgres();
}, 120_000);
afterAll(async () => place?.drop());

function start(args: string[]) {
  const child = spawn(process.execPath, [bundle, 'serve', ...args], { cwd: home, env: testEnv(home), stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = once(child, 'exit').then(([code]) => code as number);
  const url = new Promise<string>((resolve, reject) => {
    child.stderr.on('data', () => {
      const found = /Serving the survey at (\S+)/.exec(stderr)?.[1];
      if (found) resolve(found);
    });
    void exited.then(() => reject(new Error(`serve ended: ${stderr}`)));
  });
  url.catch(() => undefined);
  return { child, url, exited, stderr: () => stderr };
}

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
