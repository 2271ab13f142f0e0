import { spawnSync } from 'node:child_process';
import { chmodSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, readlinkSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import Conf from 'conf';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { confStore } from '../../src/store/confStore.js';
import { resumeInterview } from '../../src/store/resumeInterview.js';
import { StoreError, failureReason, storeFailure } from '../../src/store/StoreError.js';
import { tinyBank } from '../fixtures/tinyBank.js';

/** Issue 6, store faults: every way answers.json or its folder can be wrong, and what the person is told. */

const bank = { id: 'tiny', version: '1' };
const progress = { answers: { pathway: 'post_primary', site_types: ['hospital'] }, current: 'state', screen: 'question' as const };
const clock = () => new Date('2026-11-23T10:00:00Z');
const BACKUP = 'answers.json.damaged-2026-11-23T10-00-00-000Z';
const isRoot = process.getuid?.() === 0;
const errno = (code: string) => Object.assign(new Error(`${code}: simulated`), { code });

let dir: string;
let path: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'clinical-path-faults-'));
  path = join(dir, 'answers.json');
});
afterEach(() => {
  vi.restoreAllMocks();
});

/** A saved file as this version writes it, for a bank version and answers. */
const savedFile = (version: string, answers: Record<string, string | string[]>) =>
  JSON.stringify({ format: 'clinical-path/progress', formatVersion: 1, bank: { id: 'tiny', version }, progress: { answers, current: null, screen: 'review' } });

describe('a damaged or foreign answers.json is moved aside, never deleted, and the person is told where', () => {
  it.each([
    ['empty', '', 'could not be read (it is not valid JSON)'],
    ['only whitespace', '  \n', 'could not be read (it is not valid JSON)'],
    ['truncated mid-write', savedFile('1', { pathway: 'post_primary' }).slice(0, 70), 'could not be read (it is not valid JSON)'],
    ['not JSON at all', 'pathway = post_primary\n', 'could not be read (it is not valid JSON)'],
    ['binary garbage', '\u0000\u0001\u00ff\u001b[2J', 'could not be read (it is not valid JSON)'],
    ['valid JSON of the wrong shape', '{"answers": {"pathway": 3}}', 'is not a clinical-path answers file'],
    ['ours, but with an answer of the wrong type', savedFile('1', {}).replace('"answers":{}', '"answers":{"pathway":3}'), 'is not in the format this version writes'],
    ['another program’s settings (not ours)', '{"theme": "dark", "fontSize": 14}', 'is not a clinical-path answers file'],
    ['a newer format version', savedFile('1', {}).replace('"formatVersion":1', '"formatVersion":2'), 'is not in the format this version writes'],
    ['a JSON array', '[1, 2, 3]', 'is not a clinical-path answers file'],
    ['a JSON number', '42', 'is not a clinical-path answers file'],
    ['a JSON string', '"hello"', 'is not a clinical-path answers file'],
    ['JSON null', 'null', 'is not a clinical-path answers file'],
  ])('%s', (_name, text, why) => {
    writeFileSync(path, text);
    const opened = confStore(dir, clock).open();
    expect(opened).toMatchObject({ progress: null, bank: null, responseId: null });
    expect(opened.notes).toEqual([`Your saved answers file ${why}; it was moved to ${join(dir, BACKUP)} and a fresh interview starts.`]);
    expect(readFileSync(join(dir, BACKUP), 'utf8')).toBe(text);
    expect(statSync(join(dir, BACKUP)).mode & 0o777).toBe(0o600);
    // The next run starts clean and saving works again, beside the backup.
    const store = confStore(dir, clock);
    expect(store.open().notes).toEqual([]);
    store.save(progress, bank);
    expect(confStore(dir).open().progress).toEqual(progress);
    expect(readdirSync(dir).sort()).toEqual(['answers.json', BACKUP]);
  });

  it('never writes one backup over another, even at the same moment', () => {
    for (const text of ['first {', 'second {', 'third {']) {
      writeFileSync(path, text);
      confStore(dir, clock).open();
    }
    const backups = readdirSync(dir).filter((n) => n.startsWith('answers.json.damaged-')).sort();
    expect(backups).toEqual([BACKUP, `${BACKUP}-2`, `${BACKUP}-3`]);
    expect(backups.map((n) => readFileSync(join(dir, n), 'utf8'))).toEqual(['first {', 'second {', 'third {']);
  });

  it('moves a link to someone else’s file as a link: the file it points to keeps its content and mode', () => {
    const foreign = join(dir, 'notes.txt');
    writeFileSync(foreign, 'not ours', { mode: 0o644 });
    chmodSync(foreign, 0o644);
    symlinkSync(foreign, path);
    const opened = confStore(dir, clock).open();
    expect(opened.notes[0]).toContain(BACKUP);
    expect(lstatSync(join(dir, BACKUP)).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(dir, BACKUP))).toBe(foreign);
    expect(readFileSync(foreign, 'utf8')).toBe('not ours');
    expect(statSync(foreign).mode & 0o777).toBe(0o644);
  });
});

describe('something that is not a file at answers.json is refused and left alone', () => {
  it.each([
    ['a folder', () => mkdirSync(path), 'Cannot use PATH: a folder is in the way where the answers file should be.'],
    ['a named pipe (reading it would wait forever)', () => spawnSync('mkfifo', [path]), 'Cannot use PATH: it is not a regular file (a device, pipe or socket is in the way).'],
    ['a link to a device', () => symlinkSync('/dev/null', path), 'Cannot use PATH: it is not a regular file (a device, pipe or socket is in the way).'],
  ])('%s', (_name, make, message) => {
    make();
    const before = lstatSync(path);
    expect(() => confStore(dir, clock).open()).toThrow(StoreError);
    expect(() => confStore(dir, clock).open()).toThrow(message.replace('PATH', path));
    expect(lstatSync(path).mode).toBe(before.mode);
    expect(readdirSync(dir)).toEqual(['answers.json']);
  });
});

describe('answers saved against an older question bank', () => {
  it('drops answers to questions that no longer exist, with a note naming them, and keeps the rest', () => {
    writeFileSync(path, savedFile('0.9', { pathway: 'post_primary', retired_question: 'x', discipline: 'ct', also_retired: ['a'] }));
    const { initial, notes } = resumeInterview(tinyBank(), confStore(dir, clock));
    expect(initial.answers).toEqual({ pathway: 'post_primary', discipline: 'ct' });
    expect(notes[0]).toBe('The questions were updated (0.9 → 1); 2 earlier answers no longer apply and were dropped: retired_question, also_retired.');
    expect(readdirSync(dir)).toEqual(['answers.json']);
  });

  it('prints dropped ids from the file without their control characters', () => {
    writeFileSync(path, savedFile('0.9\u001b[2J', { pathway: 'post_primary', 'gone\u001b]52;c;eA==\u0007\u202e': 'x' }));
    const { notes } = resumeInterview(tinyBank(), confStore(dir, clock));
    expect(notes[0]).toBe('The questions were updated (0.9 → 1); 1 earlier answer no longer applies and was dropped: gone.');
  });
});

describe('a folder that cannot be written', () => {
  it.each([
    ['open', (s: ReturnType<typeof confStore>) => s.open()],
    ['save', (s: ReturnType<typeof confStore>) => s.save(progress, bank)],
    ['lock', (s: ReturnType<typeof confStore>) => s.lock()],
  ])('a file in the way of the folder (ENOTDIR) on %s: a StoreError in words', (_name, act) => {
    writeFileSync(join(dir, 'afile'), 'x');
    const blocked = join(dir, 'afile', 'store');
    expect(() => act(confStore(blocked))).toThrow(`Cannot save answers in ${blocked}: part of that path is a file, not a folder.`);
  });

  it.skipIf(isRoot)('a folder without write permission (EACCES): a StoreError in words, the saved file unchanged', () => {
    const store = confStore(dir);
    store.open();
    store.save(progress, bank);
    const before = readFileSync(path, 'utf8');
    chmodSync(dir, 0o500);
    try {
      expect(() => confStore(dir).save({ ...progress, current: 'obstacle' }, bank)).toThrow(`Cannot save answers in ${path}: permission denied.`);
    } finally {
      chmodSync(dir, 0o700);
    }
    expect(readFileSync(path, 'utf8')).toBe(before);
  });
});

describe('the disk fills up while saving (ENOSPC, simulated at conf’s atomic write)', () => {
  it.each([
    ['save', (s: ReturnType<typeof confStore>) => s.save({ ...progress, current: 'obstacle' }, bank)],
    ['saveResponseId', (s: ReturnType<typeof confStore>) => s.saveResponseId('9b2f0c1e-6a4d-4f3e-8b7a-1c2d3e4f5a6b')],
  ])('%s: a plain message, the previous answers.json intact, no temporary file left', (_name, act) => {
    const store = confStore(dir);
    store.open();
    store.save(progress, bank);
    const before = readFileSync(path, 'utf8');
    // conf hands every write to `atomically` inside _write; a full disk makes that throw ENOSPC, which conf rethrows.
    vi.spyOn(Conf.prototype as unknown as { _write: (v: unknown) => void }, '_write').mockImplementation(() => {
      throw errno('ENOSPC');
    });
    expect(() => act(store)).toThrow(`Cannot save answers in ${path}: the disk is full.`);
    vi.restoreAllMocks();
    expect(readFileSync(path, 'utf8')).toBe(before);
    expect(readdirSync(dir)).toEqual(['answers.json']);
    expect(confStore(dir).open().progress).toEqual(progress);
  });
});

describe('how file-system failures are put into words', () => {
  it.each([
    ['ENOSPC', 'the disk is full'],
    ['EDQUOT', 'the disk quota is used up'],
    ['EACCES', 'permission denied'],
    ['EPERM', 'permission denied'],
    ['EROFS', 'the disk is read-only'],
    ['ENOTDIR', 'part of that path is a file, not a folder'],
    ['EEXIST', 'a file is in the way where the folder should be'],
    ['EISDIR', 'a folder is in the way where the file should be'],
    ['EIO', 'the disk reported an error'],
    ['EWEIRD', 'the system said EWEIRD'],
  ])('%s → “%s”, one line, no stack', (code, reason) => {
    expect(failureReason(errno(code))).toBe(reason);
    let thrown: unknown;
    try {
      storeFailure('/x/answers.json', errno(code));
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(StoreError);
    expect((thrown as StoreError).message).toBe(`Cannot save answers in /x/answers.json: ${reason}.`);
    expect((thrown as StoreError).message).not.toContain('\n');
  });

  it('rethrows what is not a file-system failure (a bug) unchanged, and keeps a StoreError as it is', () => {
    const bug = new TypeError('x is undefined');
    expect(() => storeFailure('/x', bug)).toThrow(bug);
    const said = new StoreError('/y', 'the disk is full', 'read');
    expect(() => storeFailure('/x', said)).toThrow(said);
    expect(failureReason(bug)).toBeNull();
  });
});

describe('modes and reset', () => {
  it('an answers.json that others could read becomes 0600 at the next save', () => {
    writeFileSync(path, savedFile('1', { pathway: 'post_primary' }), { mode: 0o644 });
    chmodSync(path, 0o644);
    const store = confStore(dir);
    store.open();
    store.save(progress, bank);
    expect(statSync(path).mode & 0o777).toBe(0o600);
  });

  it('removes answers, backups, a stale lock and conf’s leftover temporary files, lists each, and leaves other files', () => {
    writeFileSync(path, savedFile('1', { pathway: 'post_primary' }));
    writeFileSync(join(dir, BACKUP), 'old');
    writeFileSync(join(dir, 'answers.lock'), '999999999');
    writeFileSync(join(dir, 'answers.json.tmp-17639923451a2b3c'), 'half');
    writeFileSync(join(dir, 'mine.txt'), 'the person’s own file');
    const removed = confStore(dir).reset();
    expect(removed.sort()).toEqual(['answers.json', 'answers.json.damaged-2026-11-23T10-00-00-000Z', 'answers.json.tmp-17639923451a2b3c', 'answers.lock'].map((n) => join(dir, n)).sort());
    expect(readdirSync(dir)).toEqual(['mine.txt']);
  });

  it.each([
    ['the folder existed before and is left empty', true, true, false],
    ['asked not to remove the folder', false, true, true],
    ['something else is in the folder', true, false, true],
  ])('removeEmptyFolder: %s', (_name, removeEmptyFolder, onlyOurs, stays) => {
    const store = confStore(dir);
    store.open();
    store.save(progress, bank);
    if (!onlyOurs) writeFileSync(join(dir, 'mine.txt'), 'x');
    const removed = store.reset({ removeEmptyFolder });
    expect(removed.includes(`${dir}${sep}`)).toBe(!stays);
    expect(readdirSync(tmpdir()).includes(dir.split(sep).at(-1)!)).toBe(stays);
  });

  it('does not list what this run itself made: its own lock and a folder it just created', () => {
    const fresh = join(dir, 'new');
    const store = confStore(fresh);
    expect(store.lock().ok).toBe(true);
    expect(store.reset({ removeEmptyFolder: true })).toEqual([]);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('lists a stale lock it took over from a crashed run', () => {
    writeFileSync(join(dir, 'answers.lock'), '999999999');
    const store = confStore(dir);
    expect(store.lock().ok).toBe(true);
    expect(store.reset()).toEqual([join(dir, 'answers.lock')]);
  });
});
