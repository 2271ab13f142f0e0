import { describe, expect, it } from 'vitest';
import { compareAnswers } from '../../../src/core/persona/compareAnswers.js';
import { personaPlanWords } from '../../../src/messages/planWords.js';
import { tinyBank } from '../../fixtures/tinyBank.js';

const bank = tinyBank();
const ids = (list: ReturnType<typeof compareAnswers>) => list.map((d) => [d.question.id, d.first, d.second]);

describe('compareAnswers', () => {
  it('lists, in bank order, the questions answered differently; a multi answer in another order is the same', () => {
    const first = { pathway: 'post_primary', discipline: 'ct', site_types: ['hospital', 'imaging_center'] };
    const second = { pathway: 'post_primary', discipline: 'mri', site_types: ['imaging_center', 'hospital'] };
    expect(ids(compareAnswers(bank, first, second))).toEqual([['discipline', 'ct', 'mri']]);
  });

  it('a question only one of them was asked counts, with the other answer undefined; one neither answered does not', () => {
    const diffs = compareAnswers(bank, { pathway: 'post_primary', discipline: 'ct' }, { pathway: 'sonography_student', spi_status: 'not_yet' });
    expect(ids(diffs)).toContainEqual(['pathway', 'post_primary', 'sonography_student']);
    expect(ids(diffs)).toContainEqual(['spi_status', undefined, 'not_yet']);
    expect(compareAnswers(bank, {}, {})).toEqual([]);
  });
});

describe('personaPlanWords', () => {
  it('says whose answers put an item in the plan', () => {
    const words = personaPlanWords('Dana');
    expect(words.why([{ kind: 'chose', question: 'State', options: ['Ohio'] }])).toBe('Dana answered “State”: “Ohio”.');
    expect(words.why([{ kind: 'unanswered', question: 'State' }])).toBe('Dana has not answered “State”.');
    expect(words.why([])).toBe('This applies to everyone.');
  });
});
