import { brotliCompressSync } from 'node:zlib';
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { BuildOptions } from 'esbuild';
import { build } from 'esbuild';
import { loadContentOrFail } from '../../src/cli/context.js';
import { ROOT, testEnv } from '../e2e/runBin.js';

/**
 * The program bundled with the build's own options, for tests that run `serve` as a real process (signals, kill -9).
 * Written under node_modules/.cache rather than dist/ (which other tests and the build own), so that PGlite, never
 * bundled, still resolves from the project's node_modules as it would from an install that has it.
 */
export async function bundleForTest(): Promise<{ bin: string; remove: () => void }> {
  const outdir = join(ROOT, 'node_modules', '.cache', `clinical-path-serve-test-${randomBytes(4).toString('hex')}`);
  mkdirSync(outdir, { recursive: true });
  const { bundleOptions } = (await import(new URL('../../scripts/bundleOptions.js', import.meta.url).href)) as { bundleOptions: BuildOptions };
  await build({ ...bundleOptions, outdir, absWorkingDir: ROOT, minify: false, logLevel: 'silent' });
  writeFileSync(join(outdir, 'content.json.br'), brotliCompressSync(JSON.stringify(await loadContentOrFail({}))));
  return { bin: join(outdir, 'cli.js'), remove: () => rmSync(outdir, { recursive: true, force: true }) };
}

export interface ServeProcess {
  child: ChildProcess;
  /** Resolves with the address once the server says where it listens; rejects if it ends first. */
  url: Promise<string>;
  exited: Promise<number | null>;
  stderr: () => string;
}

/** `clinical-path serve ARGS` as a child process of `bin`, in `home`. */
export function spawnServe(bin: string, args: string[], home: string): ServeProcess {
  const child = spawn(process.execPath, [bin, 'serve', ...args], { cwd: home, env: testEnv(home), stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdout!.resume();
  const exited = once(child, 'exit').then(([code]) => code as number | null);
  const url = new Promise<string>((resolve, reject) => {
    child.stderr!.on('data', () => {
      const found = /Serving the survey at (\S+)/.exec(stderr)?.[1];
      if (found) resolve(found);
    });
    void exited.then(() => reject(new Error(`serve ended: ${stderr}`)));
  });
  url.catch(() => undefined);
  return { child, url, exited, stderr: () => stderr };
}
