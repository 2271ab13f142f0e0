import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from './runBin.js';

let installed: string;
let home: string;

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
  const tarball = execFileSync('npm', ['pack', '--ignore-scripts', '--silent', '--pack-destination', work], { cwd: ROOT, encoding: 'utf8' }).trim().split('\n').at(-1)!;
  execFileSync('npm', ['install', '--offline', '--no-audit', '--no-fund', '--silent', join(work, tarball)], { cwd: installed, encoding: 'utf8' });
}, 120_000);

describe('the packed tarball', () => {
  it('installs as exactly one package, with no runtime dependencies', () => {
    expect(readdirSync(join(installed, 'node_modules')).filter((n) => !n.startsWith('.'))).toEqual(['clinical-path']);
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
