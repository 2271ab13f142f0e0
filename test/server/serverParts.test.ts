import { chmodSync, mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { refusalField } from '../../src/core/server/refusalField.js';
import { defaultServerDir } from '../../src/cli/paths.js';
import { createClientKeys } from '../../src/server/clientKey.js';
import { inviteHash, newInviteCodes } from '../../src/server/inviteCodes.js';
import { putAnswer } from '../../src/server/putAnswer.js';
import { bearerMatches, hashStaffToken } from '../../src/server/staffToken.js';
import { loadOrCreateStaffToken } from '../../src/server/staffTokenFile.js';

describe('putAnswer', () => {
  it.each([
    ['stored', 201, undefined],
    ['replaced', 201, undefined],
    ['same', 200, undefined],
    ['newer', 409, 'newer'],
    ['conflict', 409, 'conflict'],
    ['inviteUnknown', 403, 'inviteUnknown'],
    ['inviteUsed', 409, 'inviteUsed'],
  ] as const)('%s → %i %s', (outcome, status, code) => {
    const answer = putAnswer(outcome);
    expect(answer.status).toBe(status);
    expect(answer.error?.code).toBe(code);
  });
});

describe('refusalField', () => {
  it.each([
    [{ code: 'unknownField', field: 'bank.host' }, 'bank.host'],
    [{ code: 'missing', at: 'responseId' }, 'responseId'],
    [{ code: 'otherBankVersion', found: '1', expected: '2' }, 'bank.version'],
    [{ code: 'otherBank', found: 'a', expected: 'b' }, 'bank.id'],
    [{ code: 'noConsent' }, 'formatVersion'],
    [{ code: 'expectedObject' }, null],
    [{ code: 'schemaIssue', at: '', text: 'x' }, null],
  ] as const)('%j → %s', (refusal, field) => {
    expect(refusalField(refusal)).toBe(field);
  });
});

describe('the staff token', () => {
  const hash = hashStaffToken('a-token-of-enough-length-0123456789');
  it('matches only `Bearer <token>`', () => {
    expect(bearerMatches('Bearer a-token-of-enough-length-0123456789', hash)).toBe(true);
    expect(bearerMatches('bearer  a-token-of-enough-length-0123456789 ', hash)).toBe(true);
    for (const header of [undefined, '', 'Bearer', 'Bearer a-token', 'Basic a-token-of-enough-length-0123456789', 'Bearer a-token-of-enough-length-0123456789 x']) {
      expect(bearerMatches(header, hash)).toBe(false);
    }
  });

  it('is made once, 0600, then read back; a readable file is narrowed to 0600; a file without a token is refused', () => {
    const dir = mkdtempSync(join(tmpdir(), 'clinical-path-token-'));
    const file = join(dir, 'deeper', 'token');
    const made = loadOrCreateStaffToken(file);
    expect(made.ok && made.created).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const again = loadOrCreateStaffToken(file);
    expect(again).toMatchObject({ ok: true, created: null });
    expect(made.ok && again.ok && made.hash.equals(again.hash)).toBe(true);
    chmodSync(file, 0o644);
    loadOrCreateStaffToken(file);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    writeFileSync(join(dir, 'short'), 'abc\n');
    expect(loadOrCreateStaffToken(join(dir, 'short'))).toEqual({ ok: false, problem: 'notAToken' });
  });
});

describe('invite codes', () => {
  it('are 12 unambiguous letters in groups of four, all different; the hash ignores case, spaces and dashes', () => {
    const codes = newInviteCodes(200);
    for (const code of codes) expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(new Set(codes).size).toBe(200);
    expect(inviteHash('abcd efgh-jkmn')).toBe(inviteHash('ABCD-EFGH-JKMN'));
    expect(inviteHash('ABCD-EFGH-JKMN')).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('createClientKeys', () => {
  it('gives one address the same key all day, never the address itself, and new keys (and a rotation call) the next day', () => {
    let now = Date.UTC(2026, 10, 30, 1);
    let rotations = 0;
    const keyOf = createClientKeys(() => now, () => (rotations += 1));
    const key = keyOf('203.0.113.7');
    expect(key).not.toContain('203.0.113.7');
    now += 3_600_000;
    expect(keyOf('203.0.113.7')).toBe(key);
    expect(keyOf('203.0.113.8')).not.toBe(key);
    now += 86_400_000;
    expect(keyOf('203.0.113.7')).not.toBe(key);
    expect(rotations).toBe(1);
  });
});

describe('defaultServerDir', () => {
  it('is the per-user data folder, apart from the answers', () => {
    expect(defaultServerDir({ HOME: '/home/a' }, 'linux')).toBe('/home/a/.local/share/clinical-path-server');
    expect(defaultServerDir({ HOME: '/home/a', XDG_DATA_HOME: '/data' }, 'linux')).toBe('/data/clinical-path-server');
    expect(defaultServerDir({ HOME: '/home/a', XDG_DATA_HOME: 'relative' }, 'linux')).toBe('/home/a/.local/share/clinical-path-server');
    expect(defaultServerDir({ HOME: '/Users/a' }, 'darwin')).toBe('/Users/a/Library/Application Support/clinical-path-server');
  });
});
