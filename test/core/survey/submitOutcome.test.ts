import { describe, expect, it } from 'vitest';
import { submitOutcome } from '../../../src/core/survey/submitOutcome.js';
import { surveyMismatch } from '../../../src/core/survey/surveyMismatch.js';

const none = { retryAfter: null, location: null };
const error = (code: string, field?: string) => ({ error: { code, message: `why ${code}`, ...(field ? { field } : {}) } });

describe('submitOutcome', () => {
  it.each([
    [201, { status: 'stored' }, none, { code: 'stored' }],
    [201, { status: 'replaced' }, none, { code: 'replaced' }],
    [200, { status: 'same' }, none, { code: 'same' }],
    [409, error('newer'), none, { code: 'newer', status: 409, message: 'why newer' }],
    [409, error('conflict'), none, { code: 'conflict' }],
    [409, error('inviteUsed'), none, { code: 'inviteUsed' }],
    [409, error('bankVersion', 'bank.version'), none, { code: 'bankVersion', field: 'bank.version' }],
    [409, error('somethingNew'), none, { code: 'refused', status: 409 }],
    [403, error('inviteUnknown'), none, { code: 'inviteUnknown', status: 403 }],
    [403, null, none, { code: 'refused', status: 403, field: null, message: null }],
    [422, error('invalid', 'answers.state'), none, { code: 'refused', field: 'answers.state', message: 'why invalid' }],
    [400, 'not json', none, { code: 'refused', status: 400 }],
    [413, null, none, { code: 'refused', status: 413 }],
    [415, null, none, { code: 'refused', status: 415 }],
    [429, null, { retryAfter: '30', location: null }, { code: 'retry', status: 429, retryAfterMs: 30_000 }],
    [503, null, { retryAfter: '5', location: null }, { code: 'retry', status: 503, retryAfterMs: 5_000 }],
    [500, null, none, { code: 'retry', status: 500, retryAfterMs: null }],
    [502, null, none, { code: 'retry' }],
    [408, null, none, { code: 'retry' }],
    [301, null, { retryAfter: null, location: 'https://elsewhere.example/' }, { code: 'redirect', location: 'https://elsewhere.example/' }],
    [307, null, none, { code: 'redirect', location: null }],
  ])('%i %j → %j', (status, body, headers, outcome) => {
    expect(submitOutcome(status, body, headers)).toMatchObject(outcome);
  });

  it('keeps at most 300 characters of what the server says', () => {
    const long = submitOutcome(422, { error: { code: 'x', message: 'a'.repeat(5000) } }, none);
    expect(long.code === 'refused' && long.message?.length).toBe(300);
  });
});

describe('surveyMismatch', () => {
  const local = { consentVersion: '2026.12-1', bank: { id: 'clinical-path', version: '2026.12' } };
  it.each([
    [local, null],
    [{ ...local, bank: { id: 'other', version: '2026.12' } }, 'bankId'],
    [{ ...local, bank: { id: 'clinical-path', version: '2027.01' } }, 'bankVersion'],
    [{ ...local, consentVersion: '2026.12-2' }, 'consentVersion'],
  ])('%j → %s', (server, mismatch) => expect(surveyMismatch(server, local)).toBe(mismatch));
});
