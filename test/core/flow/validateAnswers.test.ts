import { describe, expect, it } from 'vitest';
import { validateAnswers } from '../../../src/core/flow/validateAnswers.js';
import { say } from '../../../src/messages/en.js';
import { tinyBank } from '../../fixtures/tinyBank.js';

const bank = tinyBank();

describe('validateAnswers', () => {
  it.each<[string, unknown, string[]]>([
    ['a document without answers', { pathway: 'post_primary' }, ['answers: expected an object like {"answers": {"pathway": "post_primary"}}']],
    ['an array', [], ['answers: expected an object like {"answers": {"pathway": "post_primary"}}']],
    ['an unknown question', { answers: { pathwya: 'post_primary' } }, ['answers.pathwya: unknown question “pathwya”']],
    ['an unknown option', { answers: { site_types: ['hopsital'] } }, ['answers.site_types: “hopsital” is not an option of site_types (one of: hospital, imaging_center, small_clinic)']],
    ['a number where text is expected', { answers: { obstacle: 3 } }, ['answers.obstacle: expected a string']],
    ['a single value for a multi question', { answers: { pathway: 'post_primary', discipline: 'ct', site_types: 'hospital' } }, ['answers.site_types: Choose from the list.']],
    ['an option the other answers hide', { answers: { pathway: 'post_primary', discipline: 'abdomen' } }, ['answers.discipline: “abdomen” is not one of the options.']],
  ])('reports %s', (_name, document, messages) => {
    const result = validateAnswers(bank, document);
    expect(result.problems.map((p) => `${p.at}: ${say(p.problem)}`)).toEqual(messages);
  });

  it('accepts a complete, valid file and drops answers to hidden questions', () => {
    const result = validateAnswers(bank, { answers: { pathway: 'post_primary', discipline: 'ct', spi_status: 'passed', site_types: ['hospital'], state: 'OR' } });
    expect(result.problems).toEqual([]);
    expect(result.dropped).toEqual(['spi_status']);
    expect(result.answers).toEqual({ pathway: 'post_primary', discipline: 'ct', site_types: ['hospital'], state: 'OR' });
  });
});
