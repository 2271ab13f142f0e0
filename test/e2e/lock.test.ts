import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTime } from '../../src/store/processLiveness.js';
import { BIN, ROOT, tempHome, testEnv } from './runBin.js';
import { runMain } from './runMain.js';

/** Issue 13, items 4 and 6, through the built bin: export and reset take the lock; reset on a full disk and through a link. */

const persona = join(ROOT, 'test', 'fixtures', 'answers', 'ct-employed.json');
const STACK = /\n\s+at |unexpected error|Error:/;
const BUSY = /^Another clinical-path is using these answers right now \(process (\d+), probably in another terminal\)\.\nFinish or quit it there first; nothing was changed here\.\n$/;
let home: string;
let store: string;
const run = (args: string[]) => runMain(['--store', store, ...args], { home });
const saved = () => JSON.parse(readFileSync(join(store, 'answers.json'), 'utf8')) as { responseId?: string };
const children: ChildProcess[] = [];
beforeEach(() => {
  ({ home, store } = tempHome());
});
afterEach(() => {
  for (const child of children.splice(0)) child.kill('SIGKILL');
});

/** A live process recorded as the holder, as an interview in another terminal would be. */
function holdLock(): number {
  const holder = spawn('sleep', ['60'], { stdio: 'ignore' });
  children.push(holder);
  writeFileSync(join(store, 'answers.lock'), `${holder.pid} ${startTime(holder.pid!)}`.trimEnd());
  return holder.pid!;
}

/** The bin, started without waiting, so two can run at once. */
function start(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [BIN, '--store', store, ...args], { cwd: home, env: testEnv(home), stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

describe('export takes the lock', () => {
  it('while another process holds the answers, export stops, names it, and writes no response id', async () => {
    expect((await run(['--answers', persona, '--out', join(home, 'p.txt')])).code).toBe(0);
    const pid = holdLock();
    const result = await run(['export']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(BUSY);
    expect(BUSY.exec(result.stderr)![1]).toBe(String(pid));
    expect(saved().responseId).toBeUndefined();
  });

  // The issue asks for 200 pairs; 20 keep `npm test` near half a minute here on a loaded two-core machine (each pair
  // starts two full node processes). CLINICAL_PATH_STRESS_PAIRS=200 runs the full count. Every pair starts from
  // answers with no response id: the case where one was lost.
  const PAIRS = Number(process.env.CLINICAL_PATH_STRESS_PAIRS ?? 20);
  it(`${PAIRS} concurrent export/--answers pairs: the response id export prints is the one kept, every time`, async () => {
    expect((await run(['--answers', persona, '--out', join(home, 'p.txt')])).code).toBe(0);
    const base = readFileSync(join(store, 'answers.json'), 'utf8');
    const tally = { exported: 0, exportWaited: 0, answersWaited: 0 };
    for (let pair = 0; pair < PAIRS; pair += 1) {
      writeFileSync(join(store, 'answers.json'), base);
      const [exported, answered] = await Promise.all([start(['export']), start(['--answers', persona, '--out', join(home, 'p.txt')])]);
      expect(answered.code === 0 || BUSY.test(answered.stderr), `pair ${pair}: ${answered.stderr}`).toBe(true);
      if (answered.code !== 0) tally.answersWaited += 1;
      if (exported.code === 0) {
        tally.exported += 1;
        expect(saved().responseId, `pair ${pair}`).toBe((JSON.parse(exported.stdout) as { responseId: string }).responseId);
      } else {
        tally.exportWaited += 1;
        expect(exported.stderr, `pair ${pair}`).toMatch(BUSY);
        expect(saved().responseId, `pair ${pair}`).toBeUndefined();
      }
    }
    expect(tally.exported + tally.exportWaited).toBe(PAIRS);
    expect(tally.exported).toBeGreaterThan(0);
  }, 180_000);
});

describe('reset', () => {
  it('through a linked answers.json (a dotfile manager): deletes the file it points to and says so', async () => {
    const dotfiles = mkdtempSync(join(tmpdir(), 'clinical-path-dotfiles-'));
    const other = join(dotfiles, 'store');
    expect((await runMain(['--store', other, '--answers', persona, '--out', join(home, 'p.txt')], { home })).code).toBe(0);
    mkdirSync(store, { recursive: true });
    symlinkSync(join(other, 'answers.json'), join(store, 'answers.json'));
    const result = await run(['reset', '--yes']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toBe(`Deleted:\n  ${join(other, 'answers.json')}\n  ${join(store, 'answers.json')}\n`);
    expect(readdirSync(other)).toEqual([]);
    rmSync(dotfiles, { recursive: true, force: true });
  });

  const scratch = mkdtempSync(join(tmpdir(), 'clinical-path-lockmount-'));
  const mount = join(scratch, 'tiny');
  mkdirSync(mount);
  // Root can mount a tiny tmpfs for a real ENOSPC; elsewhere this row skips.
  const canMount = process.getuid?.() === 0 && spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=1m,mode=0700', 'tmpfs', mount], { stdio: 'ignore' }).status === 0;
  afterAll(() => {
    if (canMount) spawnSync('umount', ['-l', mount], { stdio: 'ignore' });
    rmSync(scratch, { recursive: true, force: true });
  });

  it.runIf(canMount)('on a full disk (a real ENOSPC): deletes the answers without writing a lock first', async () => {
    store = join(mount, 'store');
    expect((await run(['--answers', persona, '--out', join(home, 'p.txt')])).code).toBe(0);
    spawnSync('sh', ['-c', `cat /dev/zero > ${join(mount, 'filler')}`], { stdio: 'ignore' });
    expect((await run(['--answers', persona])).stderr).toContain('the disk is full');
    const result = await run(['reset', '--yes']);
    expect(result).toMatchObject({ code: 0, stdout: `Deleted:\n  ${join(store, 'answers.json')}\n`, stderr: '' });
    expect(readdirSync(store)).toEqual([]);
  });

  it.runIf(canMount)('on a full disk with a live holder: stops and names it, deletes nothing', async () => {
    store = join(mount, 'held');
    rmSync(join(mount, 'filler'), { force: true });
    expect((await run(['--answers', persona, '--out', join(home, 'p.txt')])).code).toBe(0);
    const pid = holdLock();
    spawnSync('sh', ['-c', `cat /dev/zero > ${join(mount, 'filler2')}`], { stdio: 'ignore' });
    const result = await run(['reset', '--yes']);
    expect(result.code).toBe(1);
    expect(BUSY.exec(result.stderr)?.[1]).toBe(String(pid));
    expect(result.stderr).not.toMatch(STACK);
    expect(readdirSync(store).sort()).toEqual(['answers.json', 'answers.lock']);
  });
});
