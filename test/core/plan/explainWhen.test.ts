import { describe, expect, it } from 'vitest';
import type { Condition } from '../../../src/core/bank/condition.js';
import type { Answers, Question } from '../../../src/core/bank/schema.js';
import { explainWhen } from '../../../src/core/plan/explainWhen.js';
import type { WhyReason } from '../../../src/core/plan/PlanWords.js';
import { tinyBank } from '../../fixtures/tinyBank.js';

const questions: ReadonlyMap<string, Question> = new Map(tinyBank().questions.map((q) => [q.id, q]));

/** The reasons as data; test/messages/whyWords.test.ts checks their words for every kind of condition. */
describe('explainWhen', () => {
  it.each<[string, Condition, Answers, WhyReason[]]>([
    ['chosen options by label, in option order', { question: 'site_types', in: ['hospital', 'imaging_center'] }, { site_types: ['imaging_center', 'hospital'] }, [{ kind: 'chose', question: 'Which kinds of site?', options: ['Hospital', 'Imaging center'] }]],
    ['a text answer without its text', { question: 'obstacle', answered: true }, { obstacle: 'Jane Doe' }, [{ kind: 'answered', question: 'Your biggest obstacle?' }]],
    ['answered before unanswered is left to the words', { all: [{ question: 'state', answered: false }, { question: 'pathway', in: ['post_primary'] }] }, { pathway: 'post_primary' }, [{ kind: 'unanswered', question: 'Which state?' }, { kind: 'chose', question: 'Which path are you on?', options: ['ARRT post-primary'] }]],
    ['an unknown question by its id', { not: { question: 'mystery', in: ['x'] } }, {}, [{ kind: 'unanswered', question: 'mystery' }]],
  ])('%s', (_name, condition, answers, expected) => {
    expect(explainWhen(condition, questions, answers)).toEqual(expected);
  });
});
