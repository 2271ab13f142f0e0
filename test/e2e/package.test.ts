import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { sizeReport } from '../../scripts/sizeReport.js';
import { ROOT } from './runBin.js';

let installed: string;
let home: string;
/** What `npm pack --json` says of the tarball: its files and their size once unpacked. */
let packed: { filename: string; unpackedSize: number; files: { path: string; size: number }[] };

/** The technologist's package goal (issue 16): one package, at most 1.5 MB installed. */
const MAX_UNPACKED = 1_500_000;
const PGLITE = '@electric-sql/pglite';
/** Packages only `serve` and `class` may load; pglite is never bundled at all. */
const SERVER_PACKAGES = ['hono', '@hono/node-server', 'postgres', PGLITE];

/** The environment a person's shell (or CI) might have: DEV unset, CI=true, no color. */
function env(): NodeJS.ProcessEnv {
  const { DEV: _dev, CLINICAL_PATH_HOME: _home, ...rest } = process.env;
  return { ...rest, HOME: home, XDG_CONFIG_HOME: join(home, '.config'), CI: 'true', NO_COLOR: '1' };
}

beforeAll(() => {
  const work = mkdtempSync(join(tmpdir(), 'clinical-path-pack-'));
  home = join(work, 'home');
  installed = join(work, 'empty');
  execFileSync('mkdir', ['-p', home, installed]);
  // --ignore-scripts: the test's build already ran; the packed files are what ships.
  [packed] = JSON.parse(execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', work], { cwd: ROOT, encoding: 'utf8' }));
  execFileSync('npm', ['install', '--offline', '--no-audit', '--no-fund', '--silent', join(work, packed.filename)], { cwd: installed, encoding: 'utf8' });
}, 120_000);

describe('the packed tarball', () => {
  it('installs as exactly one package, with no runtime dependencies; PGlite only as an optional peer', () => {
    expect(readdirSync(join(installed, 'node_modules')).filter((n) => !n.startsWith('.'))).toEqual(['clinical-path']);
    const manifest = JSON.parse(readFileSync(join(installed, 'node_modules', 'clinical-path', 'package.json'), 'utf8'));
    for (const field of ['dependencies', 'optionalDependencies', 'bundleDependencies', 'bundledDependencies']) expect(manifest, field).not.toHaveProperty(field);
    // Optional, so npm does not install it (npm 7+ installs required peers): `serve` says how to get it when missing.
    expect(manifest.peerDependencies).toEqual({ [PGLITE]: expect.any(String) });
    expect(manifest.peerDependenciesMeta).toEqual({ [PGLITE]: { optional: true } });
  });

  it(`is at most ${MAX_UNPACKED / 1e6} MB unpacked, and so on disk once installed`, () => {
    expect(packed.unpackedSize).toBeLessThanOrEqual(MAX_UNPACKED);
    const bytes = (path: string): number => (statSync(path).isDirectory() ? readdirSync(path).reduce((sum, name) => sum + bytes(join(path, name)), 0) : statSync(path).size);
    expect(bytes(join(installed, 'node_modules', 'clinical-path'))).toBeLessThanOrEqual(MAX_UNPACKED);
  });

  it('carries none of PGlite: no WebAssembly or data files, and none of the names its own code uses', () => {
    expect(packed.files.map((f) => f.path).filter((p) => /\.(wasm|data|tar\.gz)$/.test(p))).toEqual([]);
    const root = join(installed, 'node_modules', 'clinical-path');
    // PGlite's own code names its files (pglite.wasm, pglite.data) and its virtual /pglite/ folders in lower case.
    // (Our database layer says "pglite" as an engine name, so the word alone proves nothing.)
    const withCode = packed.files.filter((f) => f.path !== 'package.json' && /pglite\.(wasm|data)|\/pglite\//.test(readFileSync(join(root, f.path), 'utf8')));
    expect(withCode.map((f) => f.path)).toEqual([]);
  });

  it('the shipped bank is compiled in, not shipped twice: no questions/ folder, and validate says where the YAML is', () => {
    expect(packed.files.map((f) => f.path).filter((p) => p.startsWith('questions/'))).toEqual([]);
    const validate = spawnSync(join(installed, 'node_modules', '.bin', 'clinical-path'), ['validate'], { cwd: installed, env: env(), encoding: 'utf8' });
    expect(validate.stderr).toBe('');
    expect(validate.status).toBe(0);
    expect(validate.stdout).toMatch(/^✓ the shipped bank is valid \(checked when this version was built\): bank clinical-path \S+, \d+ questions/);
    expect(validate.stdout).toContain('copy questions/ from the clinical-path repository');
  });

  it('carries the MIT license, and no React DevTools (Ink loads them only with DEV=true, to debug Ink itself)', () => {
    const root = join(installed, 'node_modules', 'clinical-path');
    expect(readFileSync(join(root, 'LICENSE'), 'utf8')).toMatch(/^MIT License\n\nCopyright \(c\) \d{4} The clinical-path authors\n/);
    expect(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).license).toBe('MIT');
    const dist = readdirSync(join(root, 'dist'));
    expect(dist.filter((name) => /devtools/i.test(name))).toEqual([]);
    // The WebSocket client the DevTools bridge needs (ws) is known by its handshake GUID.
    expect(dist.filter((name) => name.endsWith('.js') && readFileSync(join(root, 'dist', name), 'utf8').includes('258EAFA5-E914-47DA-95CA-C5AB0DC85B11'))).toEqual([]);
  });

  it('its bin prints the version and makes a plan from an answers file', () => {
    const bin = join(installed, 'node_modules', '.bin', 'clinical-path');
    const version = spawnSync(bin, ['--version'], { cwd: installed, env: env(), encoding: 'utf8' });
    expect(version.status).toBe(0);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    const plan = spawnSync(bin, ['--store', join(home, 'store'), '--answers', join(ROOT, 'test/fixtures/answers/ct-employed.json')], { cwd: installed, env: env(), encoding: 'utf8' });
    expect(plan.stderr).toBe('');
    expect(plan.status).toBe(0);
    expect(plan.stdout).toContain('Credential timing');
  });
});

describe('the bundle', () => {
  it('holds the server\'s packages only in chunks that serve or a database read (report --db) alone loads, and never PGlite', async () => {
    const chunks = await sizeReport();
    const byFile = new Map(chunks.map((c) => [c.file, c]));
    // Everything reachable from cli.js without entering serve's own chunk (serveRun-*), the class poll's (classRun-*), or the one report and collect
    // load only for --db (openDatabaseForReading-*), statically or by import().
    const reachable = new Set<string>();
    const visit = (file: string) => {
      if (reachable.has(file) || /^(serveRun|classRun|openDatabaseForReading)-/.test(file)) return;
      reachable.add(file);
      for (const i of byFile.get(file)?.imports ?? []) visit(i.file);
    };
    visit('cli.js');
    expect(reachable.size).toBeGreaterThan(10);
    const server = (c: (typeof chunks)[number]) => c.owners.filter(([owner]) => SERVER_PACKAGES.includes(owner)).map(([owner]) => `${c.file}: ${owner}`);
    expect([...reachable].flatMap((file) => server(byFile.get(file)!))).toEqual([]);
    expect(chunks.flatMap((c) => c.owners.filter(([owner]) => owner === PGLITE).map(() => c.file))).toEqual([]);
  }, 60_000);

  it('loads no schema or YAML library before the interview draws its first frame, and one copy of string-width', async () => {
    const chunks = await sizeReport();
    const byFile = new Map(chunks.map((c) => [c.file, c]));
    // What node reads before the first frame: cli.js and the interview command's chunk, with their static imports.
    const before = new Set<string>();
    const visit = (file: string) => {
      if (before.has(file)) return;
      before.add(file);
      for (const i of byFile.get(file)?.imports ?? []) if (!i.dynamic) visit(i.file);
    };
    visit('cli.js');
    visit(chunks.find((c) => c.file.startsWith('interviewRun-'))!.file);
    const owners = [...before].flatMap((file) => byFile.get(file)!.owners.map(([owner]) => owner));
    expect(owners).toContain('conf');
    expect(owners.filter((owner) => ['zod', 'yaml', 'semver', 'emoji-regex'].includes(owner))).toEqual([]);
    expect(chunks.filter((c) => c.owners.some(([owner]) => owner === 'string-width'))).toHaveLength(1);
  }, 60_000);
});
