import { describe, expect, it } from 'vitest';
import type { Answers } from '../../../src/core/bank/schema.js';
import { anonymize } from '../../../src/core/survey/anonymize.js';
import { responseFileSchema } from '../../../src/core/survey/responseFile.js';
import { validateResponse } from '../../../src/core/survey/validateResponse.js';
import { tinyBank } from '../../fixtures/tinyBank.js';

const bank = tinyBank();
const ID = '3b241101-e2bb-4255-8caf-4136c566a962';
const base = { responseId: ID, month: '2026-11', revision: 1, consentVersion: '2026.12-1' };
const CANARY = 'canary-user jdoe on host lab-pc-07.example.org, /home/jdoe';
const answers: Answers = {
  pathway: 'post_primary',
  discipline: 'ct',
  spi_status: 'passed', // hidden: only sonography students are asked
  site_types: ['hospital', 'imaging_center'],
  state: 'OR',
  obstacle: `I'm ${CANARY}; call 555-123-4567 or mail jdoe@example.org`,
};

describe('anonymize', () => {
  it('writes exactly the documented keys, stamped with the bank', () => {
    const response = anonymize(bank, answers, { ...base, includeText: false });
    expect(Object.keys(response)).toEqual(['format', 'formatVersion', 'bank', 'responseId', 'revision', 'consentVersion', 'month', 'answers']);
    expect(response).toEqual({
      format: 'clinical-path/response',
      formatVersion: 2,
      bank: { id: 'tiny', version: '1' },
      responseId: ID,
      revision: 1,
      consentVersion: '2026.12-1',
      month: '2026-11',
      answers: { pathway: 'post_primary', discipline: 'ct', site_types: ['hospital', 'imaging_center'], state: 'OR' },
    });
    expect(responseFileSchema.safeParse(response).success).toBe(true);
  });

  it('drops answers to questions the other answers hide', () => {
    expect(anonymize(bank, answers, { ...base, includeText: true }).answers).not.toHaveProperty('spi_status');
  });

  it.each([false, true])('never lets the planted canary out (includeText %s)', (includeText) => {
    const out = JSON.stringify(anonymize(bank, answers, { ...base, includeText }));
    const forbidden = includeText ? ['555-123-4567', 'jdoe@example.org'] : ['canary', 'jdoe', 'lab-pc-07', '/home', '555', 'example.org'];
    for (const s of forbidden) expect(out).not.toContain(s);
  });

  it('keeps the free text only with includeText, masked', () => {
    expect(anonymize(bank, answers, { ...base, includeText: false }).answers).not.toHaveProperty('obstacle');
    expect(anonymize(bank, answers, { ...base, includeText: true }).answers.obstacle).toBe(`I'm ${CANARY}; call [phone] or mail [email]`);
  });

  it.each([
    ['call 555-123-4567', 'call [phone]'],
    ['(555) 123 4567', '[phone]'],
    ['+1 555.123.4567', '[phone]'],
    ['me@x.org', '[email]'],
    ['\u001b[2Jcleared\u202e', 'cleared'],
    ['   ', undefined],
  ])('masks the included text %j', (text, expected) => {
    const response = anonymize(bank, { ...answers, obstacle: text }, { ...base, includeText: true });
    expect(response.answers.obstacle).toBe(expected);
  });

  it('cuts masked text back to the question’s maximum length, so the file still validates', () => {
    const text = 'a@b.co '.repeat(80).slice(0, 500);
    const response = anonymize(bank, { ...answers, obstacle: text }, { ...base, includeText: true });
    expect((response.answers.obstacle as string).length).toBeLessThanOrEqual(500);
    expect(validateResponse(bank, response)).toEqual({ ok: true, response });
  });

  it('refuses a malformed response id or month (a caller bug)', () => {
    expect(() => anonymize(bank, answers, { responseId: 'abc', month: '2026-11', revision: 1, consentVersion: '2026.12-1', includeText: false })).toThrow(/responseId/);
    expect(() => anonymize(bank, answers, { responseId: ID, month: '2026-11-15', revision: 1, consentVersion: '1', includeText: false })).toThrow(/month/);
  });
});
