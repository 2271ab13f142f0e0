import { describe, expect, it } from 'vitest';
import type { FlowState } from '../../src/core/flow/flowReducer.js';
import { questionLines } from '../../src/plain/questionLines.js';
import { ANSWERED, at, plainBank } from './plainBank.js';

const bank = plainBank();
const sono = { pathway: 'sonography_student', discipline: 'mid' };

describe('questionLines', () => {
  it('a single choice: header, prompt, help, numbered options with hints, what to type, the keys', () => {
    expect(questionLines(bank, at(bank, 'pathway'))).toEqual([
      'Question 1 of 7 · About you',
      'Which path are you on?',
      'No wrong answer here.',
      '1. ARRT post-primary — e.g. adding CT',
      '2. Sonography student',
      'Enter a number between 1 and 2.',
      'b goes back, ? repeats the options.',
    ]);
  });

  it.each<[string, FlowState, string[]]>([
    ['a default: Enter chooses it', at(bank, 'discipline', { pathway: 'post_primary' }), ['(default: 2 — press Enter to choose it)', 'Enter a number between 1 and 3.']],
    ['a current answer: Enter keeps it', at(bank, 'discipline', { pathway: 'post_primary', discipline: 'end' }), ['(current: 3 — press Enter to keep it)', 'Enter a number between 1 and 3.']],
    ['an optional single choice: a skip option, Enter skips', at(bank, 'spi', sono), ['3. Skip this question', 'Enter a number between 1 and 3, or press Enter to skip.']],
    ['a skipped optional answer is current as its skip number', at(bank, 'spi', { ...sono, spi: '' }), ['(current: 3 — press Enter to keep it)']],
    ['a multi choice', at(bank, 'site_types', { pathway: 'post_primary', discipline: 'mid' }), ['3. Large clinic', 'Enter numbers separated by commas (1-5).']],
    ['a multi choice with answers: Enter keeps them', at(bank, 'site_types', ANSWERED), ['(current: 1, 3 — press Enter to keep them)']],
    ['an optional multi choice', at(bank, 'extras', {}), ['Enter numbers separated by commas (1-2), or press Enter to skip.']],
    ['an optional multi choice with an answer: - skips', at(bank, 'extras', { extras: ['lunch'] }), ['(current: 2 — press Enter to keep it, or type - to skip)']],
    ['a filter list: every option, and names work', at(bank, 'state', {}), ['8. Prefer not to say', 'Enter a number between 1 and 8, or type a name or the start of one.']],
    ['a required text', at(bank, 'goal', {}), ['Your goal in a word?', 'Type your answer.', 'b goes back, ? repeats the question.']],
    ['an optional text: Enter skips', at(bank, 'obstacle', {}), ['Type your answer, or press Enter to skip.', 'b goes back, ? repeats the question.']],
    ['a typed answer is current', at(bank, 'obstacle', { obstacle: 'Night shifts' }), ['(current: Night shifts — press Enter to keep it, or type - to skip)']],
    ['changing an answer from the review', at(bank, 'discipline', ANSWERED, true), ['Question 2 of 7 · About you · changing an answer', 'b goes back to the review, ? repeats the options.']],
    ['a question a change revealed', at(bank, 'spi', { ...ANSWERED, pathway: 'sonography_student' }, true), ['Answer this new question to return to the review; ? repeats the options.']],
  ])('%s', (_name, state, expected) => {
    const lines = questionLines(bank, state);
    for (const line of expected) expect(lines).toContain(line);
  });

  it('prints long lists in full and wraps long lines under their number', () => {
    const lines = questionLines(bank, at(bank, 'state'));
    expect(lines.filter((l) => /^\d+\. /.test(l))).toHaveLength(8);
    const long = plainBank();
    const question = long.questions.find((q) => q.id === 'pathway');
    if (question?.kind !== 'single') throw new Error('fixture');
    question.options[0]!.label = 'Registered technologist working toward an ARRT post-primary credential';
    question.options[0]!.hint = 'e.g. an R.T.(R) adding CT, MRI or mammography';
    const wrapped = questionLines(long, at(long, 'pathway'));
    expect(wrapped).toContain('1. Registered technologist working toward an ARRT post-primary credential — e.g.');
    expect(wrapped).toContain('   an R.T.(R) adding CT, MRI or mammography');
    for (const line of wrapped) expect(line.length).toBeLessThanOrEqual(80);
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
