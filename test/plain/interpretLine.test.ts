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
    ['out of range', pathway, '12', reask('“12” is not between 1 and 2. Type the number of your answer, 1 to 2, and press Enter.')],
    ['zero', pathway, '0', reask('“0” is not between 1 and 2. Type the number of your answer, 1 to 2, and press Enter.')],
    ['not a number', pathway, 'yes', reask('“yes” is not a number. Type the number of your answer, 1 to 2, and press Enter.')],
    ['several numbers on a single choice', pathway, '1, 2', reask('“1, 2” is not a number. Type the number of your answer, 1 to 2, and press Enter.')],
    ['empty with nothing to keep', pathway, '', reask('Choose an answer first. Type the number of your answer, 1 to 2, and press Enter.')],
    ['empty takes the default', discipline, '', answer('discipline', 'mid')],
    ['empty keeps the current answer', disciplineAnswered, '', answer('discipline', 'end')],
    ['a number replaces the current answer', disciplineAnswered, '1', answer('discipline', 'start')],
    ['< goes back', discipline, '<', back],
    ['< goes back with spaces around it', discipline, ' < ', back],
    ['b, the old back key, says what goes back now', discipline, 'b', reask('Type < (the less-than sign) to go back. Type the number of your answer, 1 to 3, and press Enter.')],
    ['back in words too', discipline, 'Back', reask('Type < (the less-than sign) to go back. Type the number of your answer, 1 to 3, and press Enter.')],
    ['? repeats', discipline, '?', repeat],
    ['optional single: empty skips', spi, '', answer('spi', '')],
    ['optional single: the skip number', spi, '3', answer('spi', '')],
    ['optional single: - skips', spi, '-', answer('spi', '')],
    ['required single: - is not a number', pathway, '-', reask('“-” is not a number. Type the number of your answer, 1 to 2, and press Enter.')],
    ['multi: commas', sites, '1,3', answer('site_types', ['hospital', 'large_clinic'])],
    ['multi: commas and spaces', sites, '1, 3', answer('site_types', ['hospital', 'large_clinic'])],
    ['multi: spaces', sites, '1 3', answer('site_types', ['hospital', 'large_clinic'])],
    ['multi: any order, repeats once, saved in list order', sites, '5, 1 1,3,', answer('site_types', ['hospital', 'large_clinic', 'other'])],
    ['multi: one out of range', sites, '1, 7', reask('“7” is not between 1 and 5. Type the numbers of your answers, 1 to 5, separated by commas, and press Enter.')],
    ['multi: not numbers', sites, '1, two', reask('“two” is not a number. Type the numbers of your answers, 1 to 5, separated by commas, and press Enter.')],
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
    ['filter: none match', state, 'Texas', reask('No option matches “Texas”. Type a name or its start and press Enter, or type ? to list all 8 options with numbers.')],
    ['filter: < is back, not a name', state, '<', back],
    ['text: the words typed, trimmed', goal, '  Get CT  ', answer('goal', 'Get CT')],
    ['text: escape sequences removed', goal, 'CT\u001B[31m!', answer('goal', 'CT!')],
    ['text: empty goes to the reducer (which refuses it)', goal, '', answer('goal', '')],
    ['optional text: empty keeps the current answer', obstacle, '', answer('obstacle', 'Night shifts')],
    ['optional text: - skips', obstacle, '-', answer('obstacle', '')],
    ['optional text: empty skips when nothing is saved', at(bank, 'obstacle'), '', answer('obstacle', '')],
    ['text: ? repeats', goal, '?', repeat],
    ['text: the letter b is an answer', goal, 'b', answer('goal', 'b')],
    ['text: so is "back"', goal, 'back', answer('goal', 'back')],
    ['text: < goes back', goal, '<', back],
    ['text: < inside an answer is text', goal, '<3 CT', answer('goal', '<3 CT')],
  ])('%s', (_name, flow, input, expected) => {
    expect(interpretLine(bank, flow, input)).toEqual(expected);
  });

  it('quotes long or unsafe input short and clean', () => {
    const result = interpretLine(bank, pathway, `\u001B[2J${'x'.repeat(60)}`);
    expect(result).toEqual(reask(`“${'x'.repeat(29)}…” is not a number. Type the number of your answer, 1 to 2, and press Enter.`));
  });
});
