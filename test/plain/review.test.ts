import { describe, expect, it } from 'vitest';
import { startFlow } from '../../src/core/flow/flowReducer.js';
import type { Interpretation } from '../../src/plain/Interpretation.js';
import { interpretLine } from '../../src/plain/interpretLine.js';
import { reviewLines } from '../../src/plain/reviewLines.js';
import { ANSWERED, plainBank } from './plainBank.js';

const bank = plainBank();
const review = startFlow(bank, { answers: ANSWERED });

describe('the review in plain lines', () => {
  it('starts at the review when everything is answered', () => {
    expect(review.screen).toBe('review');
  });

  it('lists every answer numbered, then what to type', () => {
    expect(reviewLines(bank, review.answers)).toEqual([
      'Review your answers, 7 in all, before you see your plan:',
      '1. Pathway: ARRT post-primary',
      '2. Discipline: Halfway',
      '3. Kinds of site: Hospital, Large clinic',
      '4. Extras: (skipped)',
      '5. State: New Mexico',
      '6. Goal: CT',
      '7. Obstacle: (skipped)',
      'Type the number of an answer to change it, or press Enter to see your plan.',
      'Type < (the less-than sign) to go back to the last question, or ? to list your answers again.',
    ]);
  });

  it.each<[string, string, Interpretation]>([
    ['Enter shows the plan', '', { type: 'act', action: { type: 'finish' } }],
    ['a number changes that answer', '3', { type: 'act', action: { type: 'edit', id: 'site_types' } }],
    ['< goes back to the last question', '<', { type: 'act', action: { type: 'back' } }],
    ['b says what goes back now', 'b', { type: 'reask', lines: ['Type < (the less-than sign) to go back. Type the number of an answer to change it, or press Enter to see your plan.'] }],
    ['? repeats the list', '?', { type: 'repeat' }],
    ['out of range', '8', { type: 'reask', lines: ['“8” is not between 1 and 7. Type the number of an answer to change it, or press Enter to see your plan.'] }],
    ['not a number', 'plan', { type: 'reask', lines: ['“plan” is not a number. Type the number of an answer to change it, or press Enter to see your plan.'] }],
  ])('%s', (_name, input, expected) => {
    expect(interpretLine(bank, review, input)).toEqual(expected);
  });
});
