import { describe, expect, it } from 'vitest';
import type { FlowState } from '../../src/core/flow/flowReducer.js';
import { questionLines } from '../../src/plain/questionLines.js';
import { ANSWERED, at, plainBank } from './plainBank.js';

const bank = plainBank();
const sono = { pathway: 'sonography_student', discipline: 'mid' };
const BACK = 'Type < (the less-than sign) to go back';

describe('questionLines', () => {
  it('a single choice: the question with where it is and the answer it expects, help, options, what to type, the keys', () => {
    expect(questionLines(bank, at(bank, 'pathway'))).toEqual([
      'Question 1 of 7, About you: Which path are you on? (one answer)',
      'No wrong answer here.',
      '1. ARRT post-primary — e.g. adding CT',
      '2. Sonography student',
      'Type the number of your answer, 1 to 2, and press Enter.',
      `${BACK}, or ? to list the options again.`,
    ]);
  });

  it.each<[string, FlowState, string[]]>([
    ['a default: Enter chooses it, by name', at(bank, 'discipline', { pathway: 'post_primary' }), ['(default: Halfway — press Enter to choose it)', 'Type the number of your answer, 1 to 3, and press Enter.']],
    ['a current answer: Enter keeps it, by name', at(bank, 'discipline', { pathway: 'post_primary', discipline: 'end' }), ['(current: Nearly done — press Enter to keep it)']],
    [
      'an optional single choice: said in the question, a skip option, Enter skips',
      at(bank, 'spi', sono),
      ['Question 3 of 8, About you: Have you passed SPI? (one answer, optional)', '3. Skip this question', 'Type the number of your answer, 1 to 3, and press Enter, or press Enter alone to skip.'],
    ],
    ['a skipped optional answer is current as "skipped"', at(bank, 'spi', { ...sono, spi: '' }), ['(current: skipped — press Enter to keep it)']],
    ['a multi choice', at(bank, 'site_types', { pathway: 'post_primary', discipline: 'mid' }), ['Question 3 of 7, Your site: Which kinds of site? (one or more answers)', '3. Large clinic', 'Type the numbers of your answers, 1 to 5, separated by commas, and press Enter.']],
    ['a multi choice with answers: Enter keeps them, by name', at(bank, 'site_types', ANSWERED), ['(current: Hospital, Large clinic — press Enter to keep them)']],
    ['an optional multi choice, its exclusive option marked', at(bank, 'extras', {}), ['3. Nothing else (only on its own)', 'Type the numbers of your answers, 1 to 3, separated by commas, and press Enter, or press Enter alone to skip.']],
    ['an optional multi choice with an answer: - skips', at(bank, 'extras', { extras: ['lunch'] }), ['(current: Lunch — press Enter to keep it, or type - to skip)']],
    [
      'a long filter list asks for a name first, and says ? lists them',
      at(bank, 'state', {}),
      ['Question 5 of 7, Your site: Which state? (one answer)', 'Type a name or its start and press Enter, or type ? to list all 8 options with numbers.', `${BACK}.`],
    ],
    ['a long filter list shows the current answer by name, never its number', at(bank, 'state', ANSWERED), ['(current: New Mexico — press Enter to keep it)']],
    ['a required text', at(bank, 'goal', {}), ['Question 6 of 7, Your site: Your goal in a word? (type your answer)', 'Type your answer and press Enter.', `${BACK}, or ? to repeat the question.`]],
    ['an optional text: Enter skips', at(bank, 'obstacle', {}), ['Type your answer and press Enter, or press Enter alone to skip.']],
    ['a typed answer is current', at(bank, 'obstacle', { obstacle: 'Night shifts' }), ['(current: Night shifts — press Enter to keep it, or type - to skip)']],
    [
      'changing an answer from the review',
      at(bank, 'discipline', ANSWERED, true),
      ['Question 2 of 7, About you, changing your answer: Which discipline? (one answer)', `${BACK} to the review, or ? to list the options again.`],
    ],
    ['a question a change revealed', at(bank, 'spi', { ...ANSWERED, pathway: 'sonography_student' }, true), ['Answer this new question to return to the review, or type ? to list the options again.']],
  ])('%s', (_name, state, expected) => {
    const lines = questionLines(bank, state);
    for (const line of expected) expect(lines).toContain(line);
  });

  it('lists a long filter list in full once asked (?), with numbers and names both offered', () => {
    const unlisted = questionLines(bank, at(bank, 'state'));
    expect(unlisted.filter((l) => /^\d+\. /.test(l))).toEqual([]);
    const listed = questionLines(bank, at(bank, 'state'), true);
    expect(listed.filter((l) => /^\d+\. /.test(l))).toHaveLength(8);
    expect(listed).toContain('Type the number of your answer, 1 to 8, or a name or its start, and press Enter.');
    expect(listed).toContain(`${BACK}, or ? to list the options again.`);
  });

  it('never wraps: a long option with its hint is one line, however long', () => {
    const long = plainBank();
    const question = long.questions.find((q) => q.id === 'pathway');
    if (question?.kind !== 'single') throw new Error('fixture');
    question.options[0]!.label = 'Registered technologist working toward an ARRT post-primary credential';
    question.options[0]!.hint = 'e.g. an R.T.(R) adding CT, MRI or mammography';
    expect(questionLines(long, at(long, 'pathway'))).toContain(
      '1. Registered technologist working toward an ARRT post-primary credential — e.g. an R.T.(R) adding CT, MRI or mammography',
    );
  });

  it('prints no escape sequences, even from the bank text or a typed answer', () => {
    const lines = questionLines(bank, at(bank, 'obstacle', { obstacle: 'red \u001B[31mtext\u001B[0m' }));
    expect(lines.join('\n')).not.toContain('\u001B');
    expect(lines).toContain('(current: red text — press Enter to keep it, or type - to skip)');
  });

  it('is empty off a question', () => {
    expect(questionLines(bank, { ...at(bank, 'pathway'), screen: 'review', current: null })).toEqual([]);
  });
});
