import { describe, expect, it } from 'vitest';
import { validateResponse } from '../../../src/core/survey/validateResponse.js';
import { tinyBank } from '../../fixtures/tinyBank.js';

const bank = tinyBank();
const good = {
  format: 'clinical-path/response',
  formatVersion: 2,
  bank: { id: 'tiny', version: '1' },
  responseId: '3b241101-e2bb-4255-8caf-4136c566a962',
  revision: 1,
  consentVersion: '2026.12-1',
  month: '2026-11',
  answers: { pathway: 'post_primary', discipline: 'ct', site_types: ['hospital'], state: 'OR' },
};
const withAnswers = (answers: Record<string, unknown>) => ({ ...good, answers: { ...good.answers, ...answers } });

describe('validateResponse', () => {
  it.each<[string, unknown, string]>([
    ['not an object', 'hello', 'expected a JSON object (a response file)'],
    ['null', null, 'expected a JSON object (a response file)'],
    ['a wrong format', { ...good, format: 'clinical-path/answers' }, 'format: expected "clinical-path/response"'],
    ['formatVersion 3', { ...good, formatVersion: 3 }, 'formatVersion: expected 2'],
    ['a record made before consent was asked (format 1)', { ...good, formatVersion: 1 }, 'made before consent was asked (format 1); ask the person to run clinical-path export again'],
    ['no consent version', { ...good, consentVersion: undefined }, 'consentVersion: missing'],
    ['a revision of 0', { ...good, revision: 0 }, expect.stringMatching(/^revision: /) as unknown as string],
    ['a revision that is not a whole number', { ...good, revision: 1.5 }, expect.stringMatching(/^revision: /) as unknown as string],
    ['a missing responseId', { ...good, responseId: undefined }, 'responseId: missing'],
    ['a bad uuid', { ...good, responseId: 'not-a-uuid' }, 'responseId: must be a random UUID v4'],
    ['a v1 uuid', { ...good, responseId: '3b241101-e2bb-1255-8caf-4136c566a962' }, 'responseId: must be a random UUID v4'],
    ['month 2026-13', { ...good, month: '2026-13' }, 'month: must be YYYY-MM'],
    ['an exact date', { ...good, month: '2026-11-15' }, 'month: must be YYYY-MM'],
    ['another bank', { ...good, bank: { id: 'other', version: '1' } }, 'bank other, expected tiny'],
    ['another bank version', { ...good, bank: { id: 'tiny', version: '2025.01' } }, 'bank version 2025.01, expected 1'],
    ['an extra field in bank', { ...good, bank: { ...good.bank, host: 'lab-pc' } }, 'bank.host: not allowed in a response file (unknown field)'],
    ['an extra top-level field "name"', { ...good, name: 'Jo Smith' }, 'name: not allowed in a response file (unknown field)'],
    ['a number as an answer', withAnswers({ state: 3 }), 'answers.state: expected an option value or a list of option values'],
    ['an unknown question', withAnswers({ pathwya: 'post_primary' }), 'answers.pathwya: unknown question “pathwya”'],
    ['an unknown option', withAnswers({ site_types: ['hopsital'] }), 'answers.site_types: “hopsital” is not an option of site_types (one of: hospital, imaging_center, small_clinic)'],
    ['an option the answers hide', withAnswers({ discipline: 'abdomen' }), 'answers.discipline: “abdomen” is not one of the options.'],
    ['escape sequences in a value', withAnswers({ state: '\u001b[2J\u001b]8;;http://x\u0007NY' }), 'answers.state: “NY” is not an option of state (one of: NM, NY, ND, OR, TX, prefer_not_to_say)'],
  ])('refuses %s', (_name, record, reason) => {
    expect(validateResponse(bank, record)).toMatchObject({ ok: false, reason });
  });

  it('keeps reasons to one short line', () => {
    const result = validateResponse(bank, withAnswers({ state: 'x'.repeat(1000) }));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason.length).toBeLessThanOrEqual(200);
  });

  it('accepts a good record', () => {
    expect(validateResponse(bank, good)).toEqual({ ok: true, response: good });
  });

  it('accepts a free-text answer (collected with --include-text)', () => {
    const record = withAnswers({ obstacle: 'no site within [phone] miles' });
    expect(validateResponse(bank, record)).toEqual({ ok: true, response: record });
  });

  it('drops answers to questions the other answers hide, as the interview does', () => {
    const result = validateResponse(bank, withAnswers({ spi_status: 'passed' }));
    expect(result).toEqual({ ok: true, response: good });
  });
});
