import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from './runBin.js';

let work: string;
let folder: string;
let store: string;

/**
 * A person's shell, not the test's: no npm variables from the npm or npx that started the tests, so the ones the
 * app sees are those npx sets. npm stays offline (the package has no dependencies to fetch) and quiet.
 */
function env(): NodeJS.ProcessEnv {
  const { DEV: _dev, DEBUG: _debug, CLINICAL_PATH_HOME: _home, ...rest } = process.env;
  const shell = Object.fromEntries(Object.entries(rest).filter(([name]) => !name.toLowerCase().startsWith('npm_')));
  return { ...shell, HOME: join(work, 'home'), CLINICAL_PATH_HOME: store, CI: 'true', NO_COLOR: '1', npm_config_offline: 'true', npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false' };
}

const npx = (args: string[]) => spawnSync('npx', args, { cwd: folder, env: env(), encoding: 'utf8', timeout: 25_000 });

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'clinical-path-npx-'));
  folder = join(work, 'empty');
  store = join(work, 'store');
  mkdirSync(join(work, 'home'));
  mkdirSync(folder);
  // --ignore-scripts: the test run's build already made dist/; the packed files are what ships.
  const tarball = execFileSync('npm', ['pack', '--ignore-scripts', '--silent', '--pack-destination', work], { cwd: ROOT, env: env(), encoding: 'utf8' }).trim().split('\n').at(-1)!;
  execFileSync('npm', ['install', '--silent', join(work, tarball)], { cwd: folder, env: env(), encoding: 'utf8' });
}, 60_000);

// Each npx start costs about a second here; a busy machine gets room to spare.
describe('npx clinical-path, from the packed tarball installed in an empty folder', { timeout: 30_000 }, () => {
  it('ends the --answers run saying where the answers are and how to see the plan again, with npx', () => {
    const run = npx(['clinical-path', '--answers', join(ROOT, 'test/fixtures/answers/ct-employed.json')]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Credential timing');
    expect(run.stdout.trimEnd().split('\n').slice(-3)).toEqual([
      `Your answers are saved in ${join(store, 'answers.json')}.`,
      'See the plan again: npx clinical-path plan',
      'Save it as Markdown: npx clinical-path plan --format markdown --out plan.md',
    ]);
  });

  it('`npx clinical-path plan | head -1` exits 0 with nothing on stderr', () => {
    // Without pipefail `sh` gives head's status; the CLI's own status and stderr are kept in files beside.
    const script = '{ npx clinical-path plan 2>"$0/plan.err"; echo $? >"$0/plan.status"; } | head -1';
    const run = spawnSync('sh', ['-c', script, work], { cwd: folder, env: env(), encoding: 'utf8', timeout: 25_000 });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Your clinical-path plan — as of \d{4}-\d{2}\n$/);
    expect(readFileSync(join(work, 'plan.err'), 'utf8')).toBe('');
    expect(readFileSync(join(work, 'plan.status'), 'utf8')).toBe('0\n');
  });

  it('the same when the reader has gone before the plan is written', async () => {
    // The only reader of the pipe is closed at once, so the write surely meets a closed pipe (head may be too slow to).
    const child = spawn('npx', ['clinical-path', 'plan'], { cwd: folder, env: env(), stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const status = await new Promise((resolve) => child.on('close', resolve));
    expect({ status, stderr }).toEqual({ status: 0, stderr: '' });
  });

  it('names npx in its help and usage errors', () => {
    expect(npx(['clinical-path', '--help']).stdout).toMatch(/^npx clinical-path \[command\] \[options\]/);
    const wrong = npx(['clinical-path', 'plna']);
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toContain('Run npx clinical-path --help for usage.');
  });
});
