import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from './runBin.js';
import { runMain } from './runMain.js';

/**
 * Issue 6, privacy, through the whole program (main, in this process): every file written is the user's alone, an export says nothing about the
 * person or the machine beyond the answers and the month, and reset leaves nothing of ours behind.
 */

const CANARY = {
  home: 'canaryhome',
  user: 'canaryuser',
  cwd: 'canarycwd',
  email: 'canary.person@canarymail.example',
  phone: '555-867-5309',
  word: 'canaryword',
};
const OBSTACLE = `Write to ${CANARY.email} or call ${CANARY.phone}: the ${CANARY.word} problem is distance.`;
const HOST = hostname();

let home: string;
let cwd: string;
/** The answers folder conf and clinical-path choose by default under this HOME: nothing is passed with --store. */
let storeDir: string;
/** Runs the program as canaryuser, with HOME and the working folder named after canaries. */
const run = (args: string[], env: Record<string, string> = {}) => runMain(args, { home, cwd, env: { USER: CANARY.user, LOGNAME: CANARY.user, ...env } });
const out = (name: string) => join(cwd, name);
const mode = (path: string) => statSync(path).mode & 0o777;
/** Every canary that is not part of an answer: who, where, which machine. */
const MACHINE_CANARIES = () => [CANARY.home, CANARY.user, CANARY.cwd, home, cwd, ...(HOST.length >= 4 ? [HOST] : [])];

beforeAll(async () => {
  home = mkdtempSync(join(tmpdir(), `clinical-path-${CANARY.home}-`));
  cwd = join(home, `work-${CANARY.cwd}`);
  mkdirSync(cwd);
  storeDir = join(home, '.config', 'clinical-path');
  const persona = JSON.parse(readFileSync(join(ROOT, 'test', 'fixtures', 'answers', 'ct-employed.json'), 'utf8'));
  writeFileSync(out('answers.json'), JSON.stringify({ answers: { ...persona.answers, obstacle: OBSTACLE } }));
  const first = await run(['--answers', out('answers.json'), '--out', out('plan.txt')]);
  expect(first.code).toBe(0);
});

describe('files are readable only by the user', () => {
  it('the store: answers.json 0600 in a 0700 folder', async () => {
    expect(mode(join(storeDir, 'answers.json'))).toBe(0o600);
    expect(mode(storeDir)).toBe(0o700);
  });

  /** Each --out FILE is written over an existing file that others could read (0644): it must end up 0600. */
  it.each([
    ['plan', ['plan']],
    ['plan --format markdown', ['plan', '--format', 'markdown']],
    ['plan --format json', ['plan', '--format', 'json']],
    ['export', ['export']],
    ['export --include-text', ['export', '--include-text']],
    ['collect', ['collect', 'EXPORTS']],
    ['collect --format csv', ['collect', 'EXPORTS', '--format', 'csv']],
    ['collect --format redcap', ['collect', 'EXPORTS', '--format', 'redcap']],
    ['report', ['report', 'EXPORTS', '--min-cell', '2']],
    ['report --format csv', ['report', 'EXPORTS', '--format', 'csv', '--min-cell', '2']],
    ['dictionary', ['dictionary']],
  ])('%s --out over a 0644 file → 0600, replaced whole', async (name, args) => {
    const target = out(`${name.replace(/\W+/g, '-')}.out`);
    writeFileSync(target, 'old content, readable by everyone\n');
    chmodSync(target, 0o644);
    const exports = await exportedFiles();
    const result = await run([...args.flatMap((a) => (a === 'EXPORTS' ? exports : [a])), '--out', target]);
    expect(result.code, result.stderr).toBe(0);
    expect(mode(target)).toBe(0o600);
    expect(readFileSync(target, 'utf8')).not.toContain('old content');
    expect(readdirSync(cwd).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });
});

describe('an export identifies nobody', () => {
  it.each([
    ['without --include-text', [], false],
    ['with --include-text', ['--include-text'], true],
  ])('%s: no user, home, folder, host or free-text canary; only the month', async (_name, extra, withText) => {
    const result = await run(['export', ...extra]);
    expect(result.code).toBe(0);
    const text = result.stdout + result.stderr;
    for (const canary of [...MACHINE_CANARIES(), CANARY.email, 'canarymail', CANARY.phone, '867-5309']) expect(text).not.toContain(canary);
    const response = JSON.parse(result.stdout);
    expect(Object.keys(response).sort()).toEqual(['answers', 'bank', 'format', 'formatVersion', 'month', 'responseId']);
    expect(response.month).toMatch(/^\d{4}-(0[1-9]|1[0-2])$/);
    // Nothing else in the file looks like a date, a time or a timestamp.
    const rest = JSON.stringify({ ...response, month: undefined });
    expect(rest).not.toMatch(/\d{4}-\d\d-\d\d|\d\d:\d\d|T\d\d|\b1[5-9]\d{8,11}\b|Z"/);
    if (withText) {
      expect(response.answers.obstacle).toBe(`Write to [email] or call [phone]: the ${CANARY.word} problem is distance.`);
    } else {
      expect(text).not.toContain(CANARY.word);
      expect(response.answers).not.toHaveProperty('obstacle');
    }
  });

  it.each([
    ['collect', ['collect']],
    ['collect --format csv', ['collect', '--format', 'csv']],
    ['collect --format redcap', ['collect', '--format', 'redcap']],
    ['report', ['report', '--min-cell', '2']],
    ['report --format json', ['report', '--format', 'json', '--min-cell', '2']],
  ])('%s of exported files carries no canary that was not an answer', async (name, args) => {
    const result = await run([...args, ...(await exportedFiles())]);
    expect(result.code).toBe(0);
    for (const canary of [...MACHINE_CANARIES(), CANARY.email, CANARY.phone]) expect(result.stdout).not.toContain(canary);
    // The free text is only in merged responses, and only as the respondent exported it; a report never shows it.
    if (name.startsWith('report')) expect(result.stdout).not.toContain(CANARY.word);
  });
});

describe('reset removes every file we wrote and says which', () => {
  it('after an interview with a damaged backup, a stale lock and a leftover temporary file: each listed, nothing of ours left', async () => {
    // A damaged file, moved aside by the app itself; then answers saved again.
    writeFileSync(join(storeDir, 'answers.json'), '{"format": "clinical-path/pro');
    expect((await run(['answers'])).stderr).toContain('moved to');
    expect((await run(['--answers', out('answers.json'), '--out', out('plan.txt')])).code).toBe(0);
    // What a crash leaves: a lock held by a process that is gone, and conf's temporary file mid-save.
    writeFileSync(join(storeDir, 'answers.lock'), '999999999');
    writeFileSync(join(storeDir, 'answers.json.tmp-17639923451a2b3c'), '{"format": "clin');
    const ours = readdirSync(storeDir).sort();
    expect(ours).toHaveLength(4);

    const result = await run(['reset', '--yes']);
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n').slice(1, -1).map((l) => l.trim()).sort()).toEqual([...ours.map((n) => join(storeDir, n)), `${storeDir}${sep}`].sort());
    expect(result.stdout.startsWith('Deleted:\n')).toBe(true);
    // The default folder was made by the app for its answers alone: once empty it goes too; ~/.config stays.
    expect(existsSync(storeDir)).toBe(false);
    expect(existsSync(join(home, '.config'))).toBe(true);
    expect((await run(['reset', '--yes'])).stdout).toBe(`Nothing to delete: no saved answers in ${join(storeDir, 'answers.json')}.\n`);
    expect(existsSync(storeDir)).toBe(false);
  });

  it('a --store folder the person chose is emptied of our files but kept, with their own files in it', async () => {
    const chosen = join(home, 'chosen');
    mkdirSync(chosen);
    writeFileSync(join(chosen, 'notes.txt'), 'mine');
    expect((await run(['--store', chosen, '--answers', out('answers.json'), '--out', out('plan.txt')])).code).toBe(0);
    const result = await run(['--store', chosen, 'reset', '--yes']);
    expect(result.stdout).toBe(`Deleted:\n  ${join(chosen, 'answers.json')}\n`);
    expect(readdirSync(chosen)).toEqual(['notes.txt']);
  });
});

/** Two exports of the interview (with and without the free text), made once and reused. */
let exportsMade: string[] | undefined;
async function exportedFiles(): Promise<string[]> {
  if (exportsMade) return exportsMade;
  const plain = out('response.json');
  const withText = out('response-text.json');
  expect((await run(['export', '--out', plain])).code).toBe(0);
  expect((await run(['export', '--include-text', '--out', withText])).code).toBe(0);
  // Same responseId in both: give the second its own, so both reach collect's output.
  const second = JSON.parse(readFileSync(withText, 'utf8'));
  writeFileSync(withText, JSON.stringify({ ...second, responseId: '0b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed' }));
  exportsMade = [plain, withText];
  return exportsMade;
}
