import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const BIN = fileURLToPath(new URL('../../bin/clinical-path.js', import.meta.url));
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** A fresh HOME and store folder, so tests never touch the real user's answers. */
export function tempHome(): { home: string; store: string } {
  const home = mkdtempSync(join(tmpdir(), 'clinical-path-e2e-'));
  return { home, store: join(home, 'store') };
}

/**
 * The test's environment for a child, without npm's variables: under `npx vitest` or `npm test` they would tell the
 * app it was started by npx or npm (src/cli/commandName.ts), and the commands it names would depend on how the tests ran.
 */
export function testEnv(home: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const { DEBUG: _debug, CLINICAL_PATH_HOME: _home, ...rest } = process.env;
  const outsideNpm = Object.fromEntries(Object.entries(rest).filter(([name]) => !name.toLowerCase().startsWith('npm_')));
  return { ...outsideNpm, HOME: home, XDG_CONFIG_HOME: join(home, '.config'), CI: 'false', NO_COLOR: '1', ...extra };
}

/** Runs the built bin without a terminal (pipes), as scripts and CI do. */
export function runBin(args: string[], options: { home: string; input?: string; env?: Record<string, string> }) {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.home,
    env: testEnv(options.home, options.env),
    input: options.input ?? '',
    encoding: 'utf8',
    timeout: 15000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
