import { describe, expect, it } from 'vitest';
import type { Answers, Question } from '../../../src/core/bank/schema.js';
import { fillPlaceholders } from '../../../src/core/plan/fillPlaceholders.js';
import { planWords } from '../../../src/messages/planWords.js';
import { tinyBankWith } from '../../fixtures/tinyPlan.js';

const bank = tinyBankWith({ phrases: { 'site_types.hospital': 'hospitals', 'site_types.imaging_center': 'imaging centers', 'pathway.post_primary': 'the post-primary pathway' } });
const questions: ReadonlyMap<string, Question> = new Map(bank.questions.map((q) => [q.id, q]));

describe('fillPlaceholders', () => {
  it.each<[string, string, Answers, string]>([
    ['a single answer uses the phrase', 'You are on {pathway}.', { pathway: 'post_primary' }, 'You are on the post-primary pathway.'],
    ['a single answer without a phrase uses the label', 'You are a {pathway}.', { pathway: 'sonography_student' }, 'You are a Sonography student.'],
    ['a multi answer joins phrases in option order', 'Ask {site_types}.', { site_types: ['small_clinic', 'imaging_center', 'hospital'] }, 'Ask hospitals, imaging centers and Small clinic.'],
    ['two chosen options', 'Ask {site_types}.', { site_types: ['imaging_center', 'hospital'] }, 'Ask hospitals and imaging centers.'],
    ['an unanswered question', 'In {state}.', {}, 'In your choice.'],
    ['an empty multi answer', 'Ask {site_types}.', { site_types: [] }, 'Ask your choice.'],
    ['a value that is not an option', 'In {state}.', { state: 'ZZ' }, 'In your choice.'],
    ['a text answer is never inserted', 'About {obstacle}.', { obstacle: 'Jane Doe at {state} General' }, 'About your answer.'],
    ['an unknown question id', 'About {nonsense}.', {}, 'About your choice.'],
    ['several placeholders', '{pathway} in {state}', { pathway: 'post_primary', state: 'OR' }, 'the post-primary pathway in Oregon'],
    ['text that is not a placeholder stays', 'Keep {Upper} and {} and {1x}.', {}, 'Keep {Upper} and {} and {1x}.'],
  ])('%s', (_name, text, answers, expected) => {
    expect(fillPlaceholders(text, questions, answers, planWords)).toBe(expected);
  });

  it('inserts extra values in one pass, without re-reading what it inserted or treating $ specially', () => {
    expect(fillPlaceholders('{percent} chose {option} in {state}', questions, { state: 'TX' }, planWords, { percent: '$& 5%', option: '{state}' })).toBe(
      '$& 5% chose {state} in Texas',
    );
  });
});
