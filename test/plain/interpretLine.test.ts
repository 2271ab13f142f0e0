import { describe, expect, it } from 'vitest';
import type { FlowState } from '../../src/core/flow/flowReducer.js';
import type { Interpretation } from '../../src/plain/Interpretation.js';
import { interpretLine } from '../../src/plain/interpretLine.js';
import { ANSWERED, at, plainBank } from './plainBank.js';

const bank = plainBank();
const pathway = at(bank, 'pathway');
const discipline = at(bank, 'discipline', { pathway: 'post_primary' });
const disciplineAnswered = at(bank, 'discipline', { pathway: 'post_primary', discipline: 'end' });
const spi = at(bank, 'spi', { pathway: 'sonography_student', discipline: 'mid' });
const sites = at(bank, 'site_types', { pathway: 'post_primary', discipline: 'mid' });
const sitesAnswered = at(bank, 'site_types', ANSWERED);
const extras = at(bank, 'extras', { extras: ['lunch'] });
const state = at(bank, 'state');
const goal = at(bank, 'goal');
const obstacle = at(bank, 'obstacle', { obstacle: 'Night shifts' });

const answer = (id: string, value: string | string[]): Interpretation => ({ type: 'act', action: { type: 'answer', id, value } });
const reask = (...lines: string[]): Interpretation => ({ type: 'reask', lines });
const back: Interpretation = { type: 'act', action: { type: 'back' } };
const repeat: Interpretation = { type: 'repeat' };

describe('interpretLine on a question', () => {
  it.each<[string, FlowState, string, Interpretation]>([
    ['a number', pathway, '2', answer('pathway', 'sonography_student')],
    ['a number with spaces and a CR (Windows pipes)', pathway, ' 1 \r', answer('pathway', 'post_primary')],
    ['out of range', pathway, '12', reask('“12” is not between 1 and 2. Enter a number between 1 and 2.')],
    ['zero', pathway, '0', reask('“0” is not between 1 and 2. Enter a number between 1 and 2.')],
    ['not a number', pathway, 'yes', reask('“yes” is not a number. Enter a number between 1 and 2.')],
    ['several numbers on a single choice', pathway, '1, 2', reask('“1, 2” is not a number. Enter a number between 1 and 2.')],
    ['empty with nothing to keep', pathway, '', reask('Choose an answer first. Enter a number between 1 and 2.')],
    ['empty takes the default', discipline, '', answer('discipline', 'mid')],
    ['empty keeps the current answer', disciplineAnswered, '', answer('discipline', 'end')],
    ['a number replaces the current answer', disciplineAnswered, '1', answer('discipline', 'start')],
    ['b goes back', discipline, 'b', back],
    ['B goes back too', discipline, 'B', back],
    ['? repeats', discipline, '?', repeat],
    ['optional single: empty skips', spi, '', answer('spi', '')],
    ['optional single: the skip number', spi, '3', answer('spi', '')],
    ['optional single: - skips', spi, '-', answer('spi', '')],
    ['required single: - is not a number', pathway, '-', reask('“-” is not a number. Enter a number between 1 and 2.')],
    ['multi: commas', sites, '1,3', answer('site_types', ['hospital', 'large_clinic'])],
    ['multi: commas and spaces', sites, '1, 3', answer('site_types', ['hospital', 'large_clinic'])],
    ['multi: spaces', sites, '1 3', answer('site_types', ['hospital', 'large_clinic'])],
    ['multi: any order, repeats once, saved in list order', sites, '5, 1 1,3,', answer('site_types', ['hospital', 'large_clinic', 'other'])],
    ['multi: one out of range', sites, '1, 7', reask('“7” is not between 1 and 5. Enter numbers separated by commas (1-5).')],
    ['multi: not numbers', sites, '1, two', reask('“two” is not a number. Enter numbers separated by commas (1-5).')],
    ['multi: empty goes to the reducer (which refuses it)', sites, '', answer('site_types', [])],
    ['multi: empty keeps the current answers', sitesAnswered, '', answer('site_types', ['hospital', 'large_clinic'])],
    ['optional multi: - skips', extras, '-', answer('extras', [])],
    ['optional multi: empty keeps', extras, '', answer('extras', ['lunch'])],
    ['filter: a number', state, '3', answer('state', 'NM')],
    ['filter: the start of a name', state, 'new mex', answer('state', 'NM')],
    ['filter: any case', state, 'NEW MEXICO', answer('state', 'NM')],
    ['filter: the code', state, 'nm', answer('state', 'NM')],
    ['filter: a later word', state, 'york', answer('state', 'NY')],
    [
      'filter: several match',
      state,
      'new',
      reask('“new” matches 4 options:', '1. New Hampshire', '2. New Jersey', '3. New Mexico', '4. New York', 'Enter one of these numbers, or type more of the name.'),
    ],
    ['filter: several match by a later word', state, 'dakota', reask('“dakota” matches 2 options:', '5. North Dakota', '6. South Dakota', 'Enter one of these numbers, or type more of the name.')],
    ['filter: none match', state, 'Texas', reask('No option matches “Texas”. Enter a number between 1 and 8, or type a name or the start of one.')],
    ['filter: b is back, not a name', state, 'b', back],
    ['text: the words typed, trimmed', goal, '  Get CT  ', answer('goal', 'Get CT')],
    ['text: escape sequences removed', goal, 'CT\u001B[31m!', answer('goal', 'CT!')],
    ['text: empty goes to the reducer (which refuses it)', goal, '', answer('goal', '')],
    ['optional text: empty keeps the current answer', obstacle, '', answer('obstacle', 'Night shifts')],
    ['optional text: - skips', obstacle, '-', answer('obstacle', '')],
    ['optional text: empty skips when nothing is saved', at(bank, 'obstacle'), '', answer('obstacle', '')],
    ['text: ? repeats', goal, '?', repeat],
  ])('%s', (_name, flow, input, expected) => {
    expect(interpretLine(bank, flow, input)).toEqual(expected);
  });

  it('quotes long or unsafe input short and clean', () => {
    const result = interpretLine(bank, pathway, `\u001B[2J${'x'.repeat(60)}`);
    expect(result).toEqual(reask(`“${'x'.repeat(29)}…” is not a number. Enter a number between 1 and 2.`));
  });
});
