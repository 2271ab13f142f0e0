import { describe, expect, it } from 'vitest';
import { parseBank } from '../../src/core/bank/parseBank.js';
import { describeAnswer } from '../../src/core/bank/describeAnswer.js';
import { checkAnswer } from '../../src/core/flow/checkAnswer.js';
import { validateAnswers } from '../../src/core/flow/validateAnswers.js';
import { fillPlaceholders } from '../../src/core/plan/fillPlaceholders.js';
import { anonymize } from '../../src/core/survey/anonymize.js';
import { dictionaryJson, redcapDictionaryRows, REDCAP_DICTIONARY_HEADER } from '../../src/core/survey/dictionary.js';
import { createTally } from '../../src/core/survey/tally.js';
import { formatBankProblem } from '../../src/cli/formatBankProblem.js';
import { dictionaryWords } from '../../src/messages/dictionaryWords.js';
import { say, wordProblem } from '../../src/messages/en.js';
import { planWords } from '../../src/messages/planWords.js';
import { tinySections } from '../fixtures/tinyBank.js';
import { commuteQuestion, numberBank } from '../fixtures/numberBank.js';

const bank = numberBank();
const commute = bank.questions.find((q) => q.id === 'commute_minutes')!;
const before = { pathway: 'post_primary', discipline: 'ct', site_types: ['hospital'], state: 'OR', obstacle: '' };

describe('a number question in the bank', () => {
  it.each<[string, Record<string, unknown>, string]>([
    ['no max', { ...commuteQuestion, max: undefined }, 'sections/02.yaml: commute_minutes: max: Invalid input: expected number, received undefined'],
    ['min above max', { ...commuteQuestion, min: 60, max: 30 }, 'sections/02.yaml: commute_minutes: max: min must not be more than max'],
    ['a fraction', { ...commuteQuestion, max: 2.5 }, 'sections/02.yaml: commute_minutes: max: Invalid input: expected int, received number'],
    ['no unit', { ...commuteQuestion, unit: undefined }, 'sections/02.yaml: commute_minutes: unit: Invalid input: expected string, received undefined'],
    ['a field of another kind', { ...commuteQuestion, options: [] }, 'sections/02.yaml: commute_minutes: Unrecognized key: "options"'],
  ])('is refused by validate with file, question and field: %s', (_name, question, expected) => {
    const result = parseBank({ file: 'bank.yaml', data: { id: 'tiny', version: '1', title: 'T' } }, [
      { file: 'sections/01.yaml', data: tinySections[0] },
      { file: 'sections/02.yaml', data: { section: 'Site', questions: [question] } },
    ]);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map(wordProblem).map(formatBankProblem)).toContain(expected);
  });
});

describe('a number answer', () => {
  it.each<[string, string | null]>([
    ['45', null],
    ['0', null],
    ['300', null],
    ['', 'Type a number from 0 to 300, or go back.'],
    ['301', '301 is more than 300 minutes: type 300 or less.'],
    ['4.5', 'Type a whole number from 0 to 300, digits only.'],
    ['-3', 'Type a whole number from 0 to 300, digits only.'],
    ['forty', 'Type a whole number from 0 to 300, digits only.'],
  ])('%j: %s', (value, why) => {
    const refusal = checkAnswer(commute, value, before);
    expect(refusal && say(refusal)).toBe(why);
  });

  it('refuses a number below its min, saying the range', () => {
    const q = numberBank({ ...commuteQuestion, min: 10 }).questions.find((x) => x.id === 'commute_minutes')!;
    expect(checkAnswer(q, '5', before)).toEqual({ code: 'belowMin', value: 5, min: 10, unit: 'minutes' });
    expect(say(checkAnswer(q, '5', before)!)).toBe('5 is less than 10 minutes: type 10 or more.');
  });

  it('may be skipped when optional, and reads "(skipped)"', () => {
    const q = numberBank({ ...commuteQuestion, optional: true }).questions.find((x) => x.id === 'commute_minutes')!;
    expect(checkAnswer(q, '', before)).toBeNull();
    expect(describeAnswer(q, '')).toBe('(skipped)');
  });

  it('reads with its unit on review and in a plan sentence', () => {
    expect(describeAnswer(commute, '45')).toBe('45 minutes');
    const questions = new Map(bank.questions.map((q) => [q.id, q]));
    expect(fillPlaceholders('You could travel {commute_minutes}.', questions, { commute_minutes: '45' }, planWords)).toBe('You could travel 45 minutes.');
    expect(fillPlaceholders('You could travel {commute_minutes}.', questions, {}, planWords)).toBe('You could travel your choice.');
  });

  it('is read from an answers file as a JSON number or as digits, and kept as digits', () => {
    expect(validateAnswers(bank, { answers: { ...before, commute_minutes: 45 } }).answers.commute_minutes).toBe('45');
    expect(validateAnswers(bank, { answers: { ...before, commute_minutes: '90' } }).answers.commute_minutes).toBe('90');
    const said = (n: unknown) => validateAnswers(bank, { answers: { ...before, commute_minutes: n } }).problems.map((p) => `${p.at}: ${say(p.problem)}`);
    expect(said(4.5)).toEqual(['answers.commute_minutes: expected a whole number']);
    expect(said(400)).toEqual(['answers.commute_minutes: 400 is more than 300 minutes: type 300 or less.']);
  });

  it('goes into a response file (it is no free text) and is not tallied by option', () => {
    const response = anonymize(bank, { ...before, commute_minutes: '45' }, { responseId: '7c9e6679-7425-40de-944b-e07fc1f90ae7', month: '2026-11', revision: 1, consentVersion: '1', includeText: false });
    expect(response.answers.commute_minutes).toBe('45');
    expect(createTally(bank).byId.has('commute_minutes')).toBe(false);
  });
});

describe('a number question in REDCap', () => {
  it('is a text field validated as an integer from min to max', () => {
    const rows = redcapDictionaryRows(bank, dictionaryWords);
    const row = rows.find((r) => r[0] === 'commute_minutes')!;
    const cell = (name: (typeof REDCAP_DICTIONARY_HEADER)[number]) => row[REDCAP_DICTIONARY_HEADER.indexOf(name)];
    expect(cell('Field Type')).toBe('text');
    expect(cell('Text Validation Type OR Show Slider Number')).toBe('integer');
    expect(cell('Text Validation Min')).toBe('0');
    expect(cell('Text Validation Max')).toBe('300');
    expect(cell('Choices, Calculations, OR Slider Labels')).toBe('');
    expect(dictionaryJson(bank).questions.find((q) => q.id === 'commute_minutes')).toMatchObject({ kind: 'number', options: [] });
  });
});
