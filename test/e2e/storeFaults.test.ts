import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { besideConsentText } from './consentText.js';
import { syntheticResponse, seeded } from '../bench/syntheticResponses.mjs';
import { ROOT, tempHome } from './runBin.js';
import { runMain } from './runMain.js';

/** Issue 6, store faults, through the built bin: exit codes, one or two plain lines, nothing lost. */

const persona = (name: string) => join(ROOT, 'test', 'fixtures', 'answers', `${name}.json`);
const isRoot = process.getuid?.() === 0;
const STACK = /\n\s+at |unexpected error|Error:/;
let home: string;
let store: string;
const run = (args: string[], input?: string) => runMain(['--store', store, ...args], { home, input });

beforeEach(() => {
  ({ home, store } = tempHome());
});

/** Root can mount: a read-only bind and a tiny tmpfs give a real EROFS and a real ENOSPC. Elsewhere these rows skip. */
const mounts: string[] = [];
function tryMount(args: string[], target: string): boolean {
  if (!isRoot) return false;
  mkdirSync(target, { recursive: true });
  const ok = spawnSync('mount', [...args, target], { stdio: 'ignore' }).status === 0;
  if (ok) mounts.unshift(target);
  return ok;
}
const scratch = mkdtempSync(join(tmpdir(), 'clinical-path-mounts-'));
const canMount = tryMount(['-t', 'tmpfs', '-o', 'size=1m,mode=0700', 'tmpfs'], join(scratch, 'probe'));
afterAll(() => {
  for (const target of mounts) spawnSync('umount', ['-l', target], { stdio: 'ignore' });
  rmSync(scratch, { recursive: true, force: true });
});

describe('a damaged or foreign answers.json', () => {
  it.each([
    ['empty', '', 'could not be read (it is not valid JSON)'],
    ['truncated', '{"format":"clinical-path/progress","formatVersion":1,"bank":{"id":"clinical-path","vers', 'could not be read (it is not valid JSON)'],
    ['not JSON', 'hello', 'could not be read (it is not valid JSON)'],
    ['valid JSON of the wrong shape', '{"format":"clinical-path/progress","formatVersion":1,"bank":{},"progress":[]}', 'is not in the format this version writes'],
    ['not ours (another program’s file)', '{"theme":"dark"}', 'is not a clinical-path answers file'],
  ])('%s: moved to a named backup, the person told where, a fresh start, exit 1, no stack', async (_name, text, why) => {
    mkdirSync(store, { recursive: true });
    writeFileSync(join(store, 'answers.json'), text);
    const result = await run(['answers']);
    const backup = readdirSync(store).find((n) => n.startsWith('answers.json.damaged-'));
    expect(backup).toMatch(/^answers\.json\.damaged-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d-\d{3}Z$/);
    expect(result.stderr).toBe(`Your saved answers file ${why}; it was moved to ${join(store, backup!)} and a fresh interview starts.\n`);
    expect(result.code).toBe(1);
    expect(readFileSync(join(store, backup!), 'utf8')).toBe(text);
    // The next command sees a clean store and saves normally beside the backup.
    expect(await run(['--answers', persona('ct-employed'), '--out', join(home, 'plan.txt')])).toMatchObject({ code: 0, stderr: `Plan written to ${join(home, 'plan.txt')}\n` });
    expect(readdirSync(store).sort()).toEqual(['answers.json', backup]);
  });

  it.each([
    ['a folder', (p: string) => mkdirSync(p), 'a folder is in the way where the answers file should be'],
    ['a named pipe', (p: string) => spawnSync('mkfifo', [p]), 'it is not a regular file (a device, pipe or socket is in the way)'],
  ])('%s at answers.json: refused in words with exit 2, left as it was, no hang', async (_name, make, reason) => {
    mkdirSync(store, { recursive: true });
    make(join(store, 'answers.json'));
    for (const args of [['answers'], ['--answers', persona('ct-employed')]]) {
      const result = await run(args);
      expect(result.code).toBe(2);
      expect(result.stderr.split('\n')[0]).toBe(`Cannot use ${join(store, 'answers.json')}: ${reason}.`);
      expect(result.stderr).not.toMatch(STACK);
    }
    expect(readdirSync(store)).toEqual(['answers.json']);
  });
});

describe('answers saved against an older question bank', () => {
  it('drops answers to removed questions with a note naming them, and keeps the rest', async () => {
    const answers = { ...JSON.parse(readFileSync(persona('ct-employed'), 'utf8')).answers, retired_question: 'x' };
    mkdirSync(store, { recursive: true });
    writeFileSync(join(store, 'answers.json'), JSON.stringify({ format: 'clinical-path/progress', formatVersion: 1, bank: { id: 'clinical-path', version: '2025.01' }, progress: { answers, current: null, screen: 'done' } }));
    const interview = await run(['--plain']);
    expect(interview.stdout.split('\n')[0]).toBe('The questions were updated (2025.01 → 2026.12); 1 earlier answer no longer applies and was dropped: retired_question.');
    const { retired_question: _gone, ...kept } = answers;
    expect(JSON.parse((await run(['answers', '--json'])).stdout).answers).toEqual(kept);
  });
});

describe('a folder that cannot be written', () => {
  it.each([
    ['export', ['export', '--agree']],
    ['reset --yes', ['reset', '--yes']],
    ['answers', ['answers']],
  ])('a file in the way of the folder (ENOTDIR), %s: exit 2 in words', async (_name, args) => {
    writeFileSync(join(home, 'afile'), 'not a folder');
    const blocked = join(home, 'afile', 'store');
    const result = await runMain(['--store', blocked, ...args], { home });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`Cannot save answers in ${blocked}: part of that path is a file, not a folder.`);
    expect(result.stderr).not.toMatch(STACK);
  });

  it.runIf(canMount)('a read-only disk (EROFS, a read-only bind mount): reading works, saving says so, nothing changes', async () => {
    expect((await run(['--answers', persona('ct-employed'), '--out', join(home, 'p.txt')])).code).toBe(0);
    const before = readFileSync(join(store, 'answers.json'), 'utf8');
    expect(tryMount(['--bind', store], store) && spawnSync('mount', ['-o', 'remount,ro,bind', store]).status === 0).toBe(true);
    expect((await run(['answers'])).code).toBe(0);
    for (const args of [['--answers', persona('sonography-student-nm')], ['export', '--agree']]) {
      const result = await run(args);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/^Cannot save answers in .*: the disk is read-only\.\nChoose another folder/);
    }
    expect(readFileSync(join(store, 'answers.json'), 'utf8')).toBe(before);
  });

  it.skipIf(isRoot)('a folder without write permission (chmod; root ignores it): exit 2, permission denied', async () => {
    expect((await run(['--answers', persona('ct-employed'), '--out', join(home, 'p.txt')])).code).toBe(0);
    chmodSync(store, 0o500);
    try {
      const result = await run(['--answers', persona('sonography-student-nm')]);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('permission denied');
      expect(result.stderr).not.toMatch(STACK);
    } finally {
      chmodSync(store, 0o700);
    }
  });
});

describe('a full disk', () => {
  it.runIf(canMount)('saving on a full disk (a real ENOSPC on a tiny tmpfs): exit 2 in words, the saved answers intact, no debris', async () => {
    store = join(scratch, 'probe', 'store');
    expect((await run(['--answers', persona('ct-employed'), '--out', join(home, 'p.txt')])).code).toBe(0);
    const before = readFileSync(join(store, 'answers.json'), 'utf8');
    // Fill the disk to the last byte.
    spawnSync('sh', ['-c', `cat /dev/zero > ${join(scratch, 'probe', 'filler')}`], { stdio: 'ignore' });
    const result = await run(['--answers', persona('sonography-student-nm')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^Cannot save answers in .*: the disk is full\.\nChoose another folder/);
    expect(result.stderr).not.toMatch(STACK);
    expect(readFileSync(join(store, 'answers.json'), 'utf8')).toBe(before);
    expect(readdirSync(store)).toEqual(['answers.json']);
  });

  /** Linux's /dev/full fails every write with ENOSPC: each command that writes --out must say so and exit 2. */
  it.each([
    ['plan', () => ['plan']],
    ['plan --format json', () => ['plan', '--format', 'json']],
    ['export', () => ['export', '--agree']],
    ['collect', () => ['collect', responses()]],
    ['collect --format csv', () => ['collect', responses(), '--format', 'csv']],
    ['report', () => ['report', responses()]],
    ['dictionary', () => ['dictionary']],
  ])('%s --out /dev/full: exit 2, “the disk is full”, no stack', async (name, args) => {
    if (/^(plan|export)/.test(name)) expect((await run(['--answers', persona('ct-employed'), '--out', join(home, 'p.txt')])).code).toBe(0);
    const result = await run([...args(), '--out', '/dev/full']);
    // export shows the survey text and the record first; what follows is the one line.
    expect(name === 'export' ? besideConsentText(result.stderr) : result.stderr).toBe('Could not write /dev/full: the disk is full.\n');
    expect(result.code).toBe(2);
    expect(statSync('/dev/full').isCharacterDevice()).toBe(true);
  });

  it.each([
    ['plan', () => ['plan']],
    ['collect', () => ['collect', responses()]],
    ['report', () => ['report', responses()]],
    ['dictionary', () => ['dictionary']],
  ])('%s --out FOLDER: exit 2, “it is a folder”, the folder untouched', async (name, args) => {
    if (name === 'plan') expect((await run(['--answers', persona('ct-employed'), '--out', join(home, 'p.txt')])).code).toBe(0);
    const folder = join(home, 'out-folder');
    mkdirSync(folder, { recursive: true });
    const result = await run([...args(), '--out', `${folder}/`]);
    expect(result.stderr).toBe(`Could not write ${folder}/: it is a folder. Give a file name inside it.\n`);
    expect(result.code).toBe(2);
    expect(readdirSync(folder)).toEqual([]);
  });
});

function responses(): string {
  const path = join(home, 'r.jsonl');
  if (!existsSync(path)) writeFileSync(path, `${[1, 2, 3].map((seed) => JSON.stringify(syntheticResponse(seeded(seed)))).join('\n')}\n`);
  return path;
}
