import { describe, expect, it } from 'vitest';
import type { Condition } from '../../src/core/bank/condition.js';
import { evaluate } from '../../src/core/bank/evaluate.js';
import type { Answers, Question } from '../../src/core/bank/schema.js';
import { explainWhen } from '../../src/core/plan/explainWhen.js';
import { planWords } from '../../src/messages/planWords.js';
import { tinyBank } from '../fixtures/tinyBank.js';

const questions: ReadonlyMap<string, Question> = new Map(tinyBank().questions.map((q) => [q.id, q]));

/** Why an item is in the plan, in the words it had when explainWhen returned them: reasons from the core, words from planWords. */
describe('planWords.why(explainWhen(…))', () => {
  it.each<[string, Condition, Answers, string]>([
    ['a single answer in the list', { question: 'pathway', in: ['post_primary'] }, { pathway: 'post_primary' }, 'You answered “Which path are you on?”: “ARRT post-primary”.'],
    ['only the chosen options that are in the list', { question: 'site_types', in: ['hospital', 'imaging_center'] }, { site_types: ['small_clinic', 'hospital'] }, 'You answered “Which kinds of site?”: “Hospital”.'],
    ['several matching options, in option order', { question: 'site_types', in: ['hospital', 'imaging_center'] }, { site_types: ['imaging_center', 'hospital'] }, 'You answered “Which kinds of site?”: “Hospital” and “Imaging center”.'],
    ['all: every answer', { all: [{ question: 'pathway', in: ['sonography_student'] }, { question: 'spi_status', in: ['not_yet'] }] }, { pathway: 'sonography_student', spi_status: 'not_yet' }, 'You answered “Which path are you on?”: “Sonography student”; “Have you passed SPI?”: “Not yet”.'],
    ['any: only the branches that hold', { any: [{ question: 'discipline', in: ['ct'] }, { question: 'state', in: ['TX'] }] }, { discipline: 'ct', state: 'OR' }, 'You answered “Which discipline?”: “Computed tomography”.'],
    ['one question named twice is said once', { any: [{ question: 'site_types', in: ['hospital'] }, { question: 'site_types', in: ['imaging_center'] }] }, { site_types: ['hospital', 'imaging_center'] }, 'You answered “Which kinds of site?”: “Hospital” and “Imaging center”.'],
    ['not in: the answer actually given', { not: { question: 'state', in: ['prefer_not_to_say'] } }, { state: 'OR' }, 'You answered “Which state?”: “Oregon”.'],
    ['not in, unanswered', { not: { question: 'state', in: ['prefer_not_to_say'] } }, {}, 'You have not answered “Which state?”.'],
    ['not all: the branch that failed', { not: { all: [{ question: 'pathway', in: ['post_primary'] }, { question: 'discipline', in: ['ct'] }] } }, { pathway: 'post_primary', discipline: 'mri' }, 'You answered “Which discipline?”: “MRI”.'],
    ['not any: every branch', { not: { any: [{ question: 'discipline', in: ['ct'] }, { question: 'state', in: ['TX'] }] } }, { discipline: 'mri', state: 'OR' }, 'You answered “Which discipline?”: “MRI”; “Which state?”: “Oregon”.'],
    ['not not', { not: { not: { question: 'pathway', in: ['post_primary'] } } }, { pathway: 'post_primary' }, 'You answered “Which path are you on?”: “ARRT post-primary”.'],
    ['answered: a choice question shows the choice', { question: 'state', answered: true }, { state: 'NM' }, 'You answered “Which state?”: “New Mexico”.'],
    ['answered: a text question never shows the text', { question: 'obstacle', answered: true }, { obstacle: 'Jane Doe' }, 'You answered “Your biggest obstacle?”.'],
    ['in on a text question never shows the text', { question: 'obstacle', in: ['Jane Doe'] }, { obstacle: 'Jane Doe' }, 'You answered “Your biggest obstacle?”.'],
    ['answered: false', { question: 'discipline', answered: false }, {}, 'You have not answered “Which discipline?”.'],
    ['not answered: false', { not: { question: 'obstacle', answered: false } }, { obstacle: 'x' }, 'You answered “Your biggest obstacle?”.'],
    ['answered and unanswered together', { all: [{ question: 'pathway', in: ['post_primary'] }, { question: 'state', answered: false }, { question: 'site_types', answered: false }] }, { pathway: 'post_primary', site_types: [] }, 'You answered “Which path are you on?”: “ARRT post-primary”. You have not answered “Which state?” and “Which kinds of site?”.'],
    ['an unknown question is named by its id', { not: { question: 'mystery', in: ['x'] } }, {}, 'You have not answered “mystery”.'],
  ])('%s', (_name, condition, answers, expected) => {
    expect(evaluate(condition, answers)).toBe(true);
    expect(planWords.why(explainWhen(condition, questions, answers))).toBe(expected);
  });

  it('says an item for everyone applies to everyone', () => {
    expect(planWords.why([])).toBe('This applies to everyone.');
  });
});
