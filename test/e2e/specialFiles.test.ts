import { spawn, spawnSync } from 'node:child_process';
import { cpSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BIN, ROOT, tempHome, testEnv } from './runBin.js';
import { runMain } from './runMain.js';

let home: string;
let store: string;
let fifo: string;

/**
 * Runs the bin and waits for it to end by itself. Should it still run after a while (today's code waited forever
 * in a synchronous open), it gets SIGTERM, and SIGKILL if it ignores that: the test then fails on the exit code
 * instead of hanging. The waits are generous and nothing is asserted about time.
 */
function runToEnd(args: string[]): Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }> {
  const child = spawn(process.execPath, [BIN, '--store', store, ...args], { cwd: home, env: testEnv(home), stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const term = setTimeout(() => child.kill('SIGTERM'), 20_000);
  const kill = setTimeout(() => child.kill('SIGKILL'), 30_000);
  return new Promise((resolve) =>
    child.on('close', (code, signal) => {
      clearTimeout(term);
      clearTimeout(kill);
      resolve({ code, signal, stderr });
    }),
  );
}

beforeAll(async () => {
  ({ home, store } = tempHome());
  expect((await runMain(['--store', store, '--answers', join(ROOT, 'test/fixtures/answers/ct-employed.json')], { home, cwd: home })).code).toBe(0);
  fifo = join(home, 'pipe');
  expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
});

describe('a FIFO, socket or device given as input is refused at once, in one line naming it', () => {
  const named = () => `${fifo}: is a named pipe (FIFO), not a file; save what it holds to a file first`;
  it.each<[string, () => string[]]>([
    ['--answers FIFO', () => ['--answers', fifo]],
    ['collect FIFO', () => ['collect', fifo]],
    ['report FIFO', () => ['report', fifo]],
  ])('%s: exit 2', async (_name, args) => {
    const result = await runToEnd(args());
    expect(result).toMatchObject({ code: 2, signal: null });
    expect(result.stderr.split('\n')[0]).toBe(named());
  }, 60_000);

  it('a device as --answers: exit 2, named', async () => {
    expect(await runToEnd(['--answers', '/dev/zero'])).toEqual({ code: 2, signal: null, stderr: '/dev/zero: is a device, not a file\n' });
  }, 60_000);

  it('a FIFO inside a --questions bank folder: validate names it and exits 2', async () => {
    const bank = join(home, 'bank');
    cpSync(join(ROOT, 'questions'), bank, { recursive: true });
    rmSync(join(bank, 'plan.yaml'));
    expect(spawnSync('mkfifo', [join(bank, 'plan.yaml')]).status).toBe(0);
    const result = await runToEnd(['validate', bank]);
    expect(result).toMatchObject({ code: 2, signal: null });
    expect(result.stderr).toContain(`${join(bank, 'plan.yaml')}: is a named pipe (FIFO), not a file`);
  }, 60_000);
});

describe('plan --out FIFO', () => {
  it('with nothing reading it: refused at once, exit 2, in words', async () => {
    expect(await runToEnd(['plan', '--out', fifo])).toEqual({
      code: 2,
      signal: null,
      stderr: `Could not write ${fifo}: it is a named pipe (FIFO) and nothing is reading it.\nStart the program that reads it first, or give a file name.\n`,
    });
  }, 60_000);

  it('with a reader: the whole plan goes into the pipe, and the FIFO stays a FIFO', async () => {
    const reader = spawn('cat', [fifo]);
    let received = '';
    reader.stdout.on('data', (d: Buffer) => (received += d.toString()));
    const read = new Promise((resolve) => reader.on('close', resolve));
    // Until cat has opened its end, the non-blocking open is refused: try again until it is there (cat never quits
    // without a writer, so this ends as soon as it is ready).
    let result = await runToEnd(['plan', '--out', fifo]);
    while (result.code === 2 && result.stderr.includes('nothing is reading it')) result = await runToEnd(['plan', '--out', fifo]);
    await read;
    expect(result).toMatchObject({ code: 0, signal: null });
    expect(received).toMatch(/^Your clinical-path plan/);
    expect(statSync(fifo).isFIFO()).toBe(true);
  }, 120_000);
});

describe('stdout on a full disk', () => {
  it.each([['plan'], ['answers'], ['export']])('%s >/dev/full: one line in words, exit 2, no "unexpected error"', async (command) => {
    const result = spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" --store "${store}" ${command} >/dev/full`], { cwd: home, env: testEnv(home), encoding: 'utf8', timeout: 30_000 });
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('clinical-path: could not write the output: the disk is full.\n');
  });
});

describe('plan --out into the answers folder', () => {
  it.each<[string, () => string]>([
    ['answers.json itself', () => join(store, 'answers.json')],
    ['any file in the folder', () => join(store, 'plan.md')],
    ['through a relative path', () => './store/answers.json'],
  ])('%s: refused in one line, exit 2, the saved answers untouched', async (_name, out) => {
    const before = readFileSync(join(store, 'answers.json'), 'utf8');
    const result = await runMain(['--store', store, 'plan', '--out', out()], { home, cwd: home });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`Could not write ${out()}: it is in the folder that holds your saved answers (${store}).\nChoose a file outside that folder; your answers were not touched.\n`);
    expect(readFileSync(join(store, 'answers.json'), 'utf8')).toBe(before);
    expect(await runMain(['--store', store, 'plan'], { home, cwd: home })).toMatchObject({ code: 0, stderr: '' });
  });

  it('a file beside the folder is written as before', async () => {
    expect(await runMain(['--store', store, 'plan', '--out', join(home, 'plan.md')], { home, cwd: home })).toMatchObject({ code: 0 });
  });
});
