import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { confStore } from '../../src/store/confStore.js';
import { parseProgressFile } from '../../src/store/progressFile.js';

const bank = { id: 'tiny', version: '1' };
const progress = { answers: { pathway: 'post_primary', site_types: ['hospital'] }, current: 'state', screen: 'question' as const };
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'clinical-path-store-'));
});
const clock = () => new Date('2026-11-23T10:00:00Z');

describe('confStore', () => {
  it('opens empty, saves, and reads back what was saved in a new instance', () => {
    expect(confStore(dir).open()).toEqual({ progress: null, bank: null, notes: [], responseId: null, sent: null, pending: null });
    const store = confStore(dir);
    store.open();
    store.save(progress, bank);
    expect(confStore(dir).open()).toEqual({ progress, bank, notes: [], responseId: null, sent: null, pending: null });
  });

  it('keeps the response id across later saves and new instances', () => {
    const store = confStore(dir);
    store.open();
    store.save(progress, bank);
    store.saveResponseId('9b2f0c1e-6a4d-4f3e-8b7a-1c2d3e4f5a6b');
    store.save({ ...progress, current: 'obstacle' }, bank);
    expect(confStore(dir).open()).toMatchObject({ responseId: '9b2f0c1e-6a4d-4f3e-8b7a-1c2d3e4f5a6b', progress: { current: 'obstacle' } });
    const unopened = confStore(dir);
    unopened.save({ ...progress, current: 'state' }, bank);
    expect(confStore(dir).open()).toMatchObject({ responseId: '9b2f0c1e-6a4d-4f3e-8b7a-1c2d3e4f5a6b', progress: { current: 'state' } });
  });

  it('keeps what the last export sent across later saves, and moves a file with a malformed one aside', () => {
    const sent = { revision: 2, digest: 'abc', month: '2026-11', consentVersion: '2026.12-1' };
    const store = confStore(dir);
    store.open();
    store.save(progress, bank);
    store.saveSent(sent);
    store.save({ ...progress, current: 'obstacle' }, bank);
    expect(confStore(dir).open()).toMatchObject({ sent, progress: { current: 'obstacle' } });

    const file = join(dir, 'answers.json');
    writeFileSync(file, JSON.stringify({ ...JSON.parse(readFileSync(file, 'utf8')), sent: { ...sent, revision: 0 } }));
    expect(confStore(dir, clock).open()).toMatchObject({ progress: null, sent: null, notes: [expect.stringContaining('moved to')] });
  });

  it('keeps a pending response across later saves, clears it with null, and moves a file with a malformed one aside', () => {
    const record = { format: 'clinical-path/response', formatVersion: 2, bank, responseId: '9b2f0c1e-6a4d-4f3e-8b7a-1c2d3e4f5a6b', revision: 1, consentVersion: '1', month: '2026-11', answers: { pathway: 'post_primary' } };
    const pending = { record, digest: 'abc', url: 'https://survey.example/', invite: 'K7Q2', attempts: 2, nextAttemptAt: '2026-11-23T10:05:00.000Z' };
    const store = confStore(dir);
    store.open();
    store.save(progress, bank);
    store.savePending(pending);
    store.save({ ...progress, current: 'obstacle' }, bank);
    expect(confStore(dir).open()).toMatchObject({ pending, progress: { current: 'obstacle' } });
    confStore(dir).savePending(null);
    expect(confStore(dir).open().pending).toBeNull();
    expect(JSON.parse(readFileSync(join(dir, 'answers.json'), 'utf8'))).not.toHaveProperty('pending');

    const file = join(dir, 'answers.json');
    writeFileSync(file, JSON.stringify({ ...JSON.parse(readFileSync(file, 'utf8')), pending: { ...pending, attempts: -1 } }));
    expect(confStore(dir, clock).open()).toMatchObject({ progress: null, pending: null, notes: [expect.stringContaining('moved to')] });
  });

  it('opens a file written before the outbox existed (no pending key) as it was', () => {
    const sent = { revision: 1, digest: 'abc', month: '2026-11', consentVersion: '2026.12-1' };
    const old = { format: 'clinical-path/progress', formatVersion: 1, bank, progress, responseId: '9b2f0c1e-6a4d-4f3e-8b7a-1c2d3e4f5a6b', sent };
    writeFileSync(join(dir, 'answers.json'), JSON.stringify(old));
    expect(confStore(dir).open()).toEqual({ progress, bank, notes: [], responseId: old.responseId, sent, pending: null });
    expect(parseProgressFile(old)).toEqual(old);
  });

  it('reads the address that confirmed the last send when there is one, and refuses one that is not text', () => {
    const sent = { revision: 2, digest: 'abc', month: '2026-11', consentVersion: '2026.12-1', url: 'https://survey.example.org/' };
    const file = { format: 'clinical-path/progress', formatVersion: 1, bank, progress, sent };
    expect(parseProgressFile(file)).toEqual(file);
    expect(parseProgressFile({ ...file, sent: { ...sent, url: 42 } })).toBeNull();
  });

  it('writes a file only the user can read, in a folder only the user can open', () => {
    const store = confStore(join(dir, 'nested'));
    store.open();
    store.save(progress, bank);
    expect(statSync(store.location).mode & 0o777).toBe(0o600);
    expect(statSync(join(dir, 'nested')).mode & 0o777).toBe(0o700);
  });

  it.each([
    ['not JSON', '{"answers": {', 'could not be read'],
    ['empty', '', 'could not be read'],
    ['valid JSON of the wrong shape', '{"answers": {"pathway": 3}}', 'is not a clinical-path answers file'],
    ['a JSON number, not ours', '42', 'is not a clinical-path answers file'],
    ['a JSON string, not ours', '"hello"', 'is not'],
  ])('moves a store file that is %s aside to a named backup and starts fresh', (_name, text, why) => {
    const path = join(dir, 'answers.json');
    writeFileSync(path, text);
    const opened = confStore(dir, clock).open();
    expect(opened.progress).toBeNull();
    const backup = `${path}.damaged-2026-11-23T10-00-00-000Z`;
    expect(opened.notes).toEqual([expect.stringContaining(why)]);
    expect(opened.notes[0]).toContain(backup);
    expect(readFileSync(backup, 'utf8')).toBe(text);
    expect(statSync(backup).mode & 0o777).toBe(0o600);
  });

  it('reset removes the answers and any backups and lists them', () => {
    writeFileSync(join(dir, 'answers.json'), 'garbage');
    const store = confStore(dir, clock);
    store.open();
    store.save(progress, bank);
    const removed = store.reset();
    expect(removed).toHaveLength(2);
    expect(readdirSync(dir)).toEqual([]);
    expect(store.reset()).toEqual([]);
  });
});

describe('parseProgressFile', () => {
  it.each<[string, unknown, boolean]>([
    ['a saved file', { format: 'clinical-path/progress', formatVersion: 1, bank: { id: 'b', version: '1' }, progress: { answers: { a: 'x', b: ['y'] }, current: 'c', screen: 'question' } }, true],
    ['with a response id', { format: 'clinical-path/progress', formatVersion: 1, bank: { id: 'b', version: '1' }, progress: { answers: {}, current: null, screen: 'done' }, responseId: 'r' }, true],
    ['another format', { format: 'other', formatVersion: 1 }, false],
    ['a newer version', { format: 'clinical-path/progress', formatVersion: 2, bank: { id: 'b', version: '1' }, progress: { answers: {}, current: null, screen: 'done' } }, false],
    ['an answer that is a number', { format: 'clinical-path/progress', formatVersion: 1, bank: { id: 'b', version: '1' }, progress: { answers: { a: 3 }, current: null, screen: 'done' } }, false],
    ['an unknown screen', { format: 'clinical-path/progress', formatVersion: 1, bank: { id: 'b', version: '1' }, progress: { answers: {}, current: null, screen: 'intro' } }, false],
    ['an array', [], false],
    ['null', null, false],
  ])('%s', (_name, raw, ok) => {
    expect(parseProgressFile(raw) !== null).toBe(ok);
  });
});
