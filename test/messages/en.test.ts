import { describe, expect, it } from 'vitest';
import type { Message } from '../../src/core/message.js';
import { en, say } from '../../src/messages/en.js';

/** Every code the core returns, with the sentence the core used to return itself: the words must not change. */
const cases: [Message, string][] = [
  [{ code: 'chooseOne' }, 'Choose one option.'],
  [{ code: 'notAnOption', value: 'abdomen' }, '“abdomen” is not one of the options.'],
  [{ code: 'chooseFromList' }, 'Choose from the list.'],
  [{ code: 'chooseAtLeastOne' }, 'Choose at least one option.'],
  [{ code: 'chosenTwice' }, 'Each option can be chosen only once.'],
  [{ code: 'typeAnswer' }, 'Type your answer.'],
  [{ code: 'typeOrGoBack' }, 'Type an answer, or go back.'],
  [{ code: 'tooLong', max: 12 }, 'Keep it under 12 characters.'],
  [{ code: 'answersNotObject' }, 'expected an object like {"answers": {"pathway": "post_primary"}}'],
  [{ code: 'unknownAnswerId', id: 'nope' }, 'unknown question “nope”'],
  [{ code: 'expectedOptionList' }, 'expected a list of option values'],
  [{ code: 'expectedString' }, 'expected a string'],
  [{ code: 'notOptionOf', value: 'x', question: 'pathway', known: ['a', 'b'], more: false }, '“x” is not an option of pathway (one of: a, b)'],
  [{ code: 'notOptionOf', value: 'x', question: 'state', known: ['AL', 'AK'], more: true }, '“x” is not an option of state (one of: AL, AK, …)'],
  [{ code: 'onlyOnItsOwn', exclusive: 'none', label: 'None of these yet', others: ['arrt_r', 'rdms'] }, '“none” (None of these yet) can only be chosen on its own, not with “arrt_r”, “rdms”'],
  [{ code: 'notAskedWithOthers' }, 'not asked with the other answers; remove it'],
  [{ code: 'notAResponse' }, 'not a response file'],
  [{ code: 'unknownField', field: 'answers.extra' }, 'answers.extra: not allowed in a response file (unknown field)'],
  [{ code: 'expectedOneOf', at: 'format', values: ['clinical-path-response'] }, 'format: expected "clinical-path-response"'],
  [{ code: 'expectedOneOf', at: 'formatVersion', values: [1, 2] }, 'formatVersion: expected 1 or 2'],
  [{ code: 'expectedObject' }, 'expected a JSON object (a response file)'],
  [{ code: 'missing', at: 'month' }, 'month: missing'],
  [{ code: 'expectedType', at: 'month', expected: 'string' }, 'month: expected string'],
  [{ code: 'expectedOptionOrList', at: 'answers.pathway' }, 'answers.pathway: expected an option value or a list of option values'],
  [{ code: 'schemaIssue', at: '', text: 'Invalid input' }, 'record: Invalid input'],
  [{ code: 'schemaIssue', at: 'month', text: 'Invalid string' }, 'month: Invalid string'],
  [{ code: 'otherBank', found: 'other', expected: 'clinical-path' }, 'bank other, expected clinical-path'],
  [{ code: 'otherBankVersion', found: '1', expected: '2' }, 'bank version 1, expected 2'],
  [{ code: 'answerProblem', at: 'answers.discipline', problem: { code: 'notAnOption', value: 'abdomen' } }, 'answers.discipline: “abdomen” is not one of the options.'],
  [{ code: 'answerProblem', at: 'answers', problem: { code: 'answersNotObject' } }, 'answers: expected an object like {"answers": {"pathway": "post_primary"}}'],
];

describe('en', () => {
  it.each(cases)('%o', (message, words) => {
    expect(say(message)).toBe(words);
  });

  it('has a case above for every code it words', () => {
    expect(new Set(cases.map(([m]) => m.code))).toEqual(new Set(Object.keys(en)));
  });
});
