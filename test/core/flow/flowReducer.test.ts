import { describe, expect, it } from 'vitest';
import { flowReducer, progress, startFlow, type FlowAction, type FlowState } from '../../../src/core/flow/flowReducer.js';
import { tinyBank } from '../../fixtures/tinyBank.js';

const bank = tinyBank();
const run = (actions: FlowAction[], from: FlowState = startFlow(bank)) => actions.reduce((s, a) => flowReducer(bank, s, a), from);
const answer = (id: string, value: string | string[]): FlowAction => ({ type: 'answer', id, value });

const postPrimaryToEnd: FlowAction[] = [
  answer('pathway', 'post_primary'),
  answer('discipline', 'ct'),
  answer('site_types', ['hospital']),
  answer('state', 'OR'),
  answer('obstacle', ''),
];

describe('flowReducer', () => {
  it.each<[string, FlowAction[], Partial<FlowState>]>([
    ['starts at the first question', [], { screen: 'question', current: 'pathway' }],
    ['moves to the next question after an answer', [answer('pathway', 'post_primary')], { current: 'discipline' }],
    ['skips a question its show_if hides', [answer('pathway', 'post_primary'), answer('discipline', 'ct')], { current: 'site_types' }],
    ['asks the sonography-only question on that path', [answer('pathway', 'sonography_student'), answer('discipline', 'abdomen')], { current: 'spi_status' }],
    ['refuses an option the pathway hides', [answer('pathway', 'post_primary'), answer('discipline', 'abdomen')], { current: 'discipline', error: { code: 'notAnOption', value: 'abdomen' } }],
    ['refuses an empty multi answer', [...postPrimaryToEnd.slice(0, 2), answer('site_types', [])], { current: 'site_types', error: { code: 'chooseAtLeastOne' } }],
    ['refuses an answer to a question not on screen', [answer('state', 'OR')], { current: 'pathway', answers: {} }],
    ['accepts an empty optional text and reaches review', postPrimaryToEnd, { screen: 'review', current: null }],
    ['goes back one question', [answer('pathway', 'post_primary'), { type: 'back' }], { current: 'pathway', answers: { pathway: 'post_primary' } }],
    ['stays on the first question when going back', [{ type: 'back' }], { current: 'pathway' }],
    ['goes back from review to the last question', [...postPrimaryToEnd, { type: 'back' }], { screen: 'question', current: 'obstacle' }],
    ['finishes from review', [...postPrimaryToEnd, { type: 'finish' }], { screen: 'done' }],
    ['does not finish from a question', [{ type: 'finish' }], { screen: 'question' }],
    ['edits from review and returns to review', [...postPrimaryToEnd, { type: 'edit', id: 'state' }, answer('state', 'TX')], { screen: 'review', answers: { pathway: 'post_primary', discipline: 'ct', site_types: ['hospital'], state: 'TX', obstacle: '' } }],
    ['back while editing returns to review unchanged', [...postPrimaryToEnd, { type: 'edit', id: 'state' }, { type: 'back' }], { screen: 'review', editing: false }],
    ['ignores editing a hidden question', [...postPrimaryToEnd, { type: 'edit', id: 'spi_status' }], { screen: 'review' }],
  ])('%s', (_name, actions, expected) => {
    expect(run(actions)).toMatchObject(expected);
  });

  it('drops answers that a changed answer hides, then asks what the change revealed before returning to review', () => {
    const sono = [answer('pathway', 'sonography_student'), answer('discipline', 'abdomen'), answer('spi_status', 'passed'), answer('site_types', ['hospital']), answer('state', 'NM'), answer('obstacle', 'x')];
    const atReview = run(sono);
    expect(atReview.screen).toBe('review');
    const switched = run([{ type: 'edit', id: 'pathway' }, answer('pathway', 'post_primary')], atReview);
    expect(switched.answers).not.toHaveProperty('spi_status');
    expect(switched.answers).not.toHaveProperty('discipline');
    expect(switched).toMatchObject({ screen: 'question', current: 'discipline', editing: true });
    expect(run([answer('discipline', 'mri')], switched)).toMatchObject({ screen: 'review', answers: { discipline: 'mri' } });
  });

  it('back while editing stays on a question the edit revealed, then returns to review once it is answered', () => {
    const post = run(postPrimaryToEnd);
    const revealed = run([{ type: 'edit', id: 'pathway' }, answer('pathway', 'sonography_student'), answer('discipline', 'abdomen'), { type: 'back' }], post);
    expect(revealed).toMatchObject({ screen: 'question', current: 'spi_status', editing: true });
    expect(run([answer('spi_status', 'passed')], revealed)).toMatchObject({ screen: 'review' });
  });

  it('going back from the first question changes nothing, so nothing is saved again', () => {
    const start = startFlow(bank);
    expect(flowReducer(bank, start, { type: 'back' })).toBe(start);
  });

  it('counts only visible questions in "Question N of M"', () => {
    expect(progress(bank, run([answer('pathway', 'post_primary')]))).toEqual({ index: 2, total: 5 });
    expect(progress(bank, run([answer('pathway', 'sonography_student')]))).toEqual({ index: 2, total: 6 });
  });
});

describe('startFlow (resume)', () => {
  it.each<[string, Parameters<typeof startFlow>[1], Partial<FlowState>]>([
    ['resumes at the saved question', { answers: { pathway: 'post_primary', discipline: 'ct' }, current: 'site_types', screen: 'question' }, { current: 'site_types' }],
    ['falls back to the first open question when the saved one is hidden', { answers: { pathway: 'post_primary' }, current: 'spi_status', screen: 'question' }, { current: 'discipline' }],
    ['drops answers to unknown questions and options', { answers: { pathway: 'post_primary', gone: 'x', discipline: 'abdomen' }, current: 'discipline', screen: 'question' }, { answers: { pathway: 'post_primary' } }],
    ['reopens a finished interview as done', { answers: { pathway: 'post_primary', discipline: 'ct', site_types: ['hospital'], state: 'OR', obstacle: '' }, current: null, screen: 'done' }, { screen: 'done' }],
    ['sends a "done" interview with open questions back to them', { answers: { pathway: 'post_primary' }, current: null, screen: 'done' }, { screen: 'question', current: 'discipline' }],
  ])('%s', (_name, saved, expected) => {
    expect(startFlow(bank, saved)).toMatchObject(expected);
  });
});

describe('pruneAnswers', () => {
  it('keeps the still-visible options of a multi answer when one of its options is hidden', async () => {
    const { parseBank } = await import('../../../src/core/bank/parseBank.js');
    const { pruneAnswers } = await import('../../../src/core/flow/visibility.js');
    const { tinySections } = await import('../../fixtures/tinyBank.js');
    const sections = structuredClone(tinySections) as { section: string; questions: Record<string, unknown>[] }[];
    const siteTypes = sections[1]!.questions[0]!.options as Record<string, unknown>[];
    siteTypes[2]!.show_if = { question: 'pathway', in: ['post_primary'] };
    const result = parseBank({ file: 'bank.yaml', data: { id: 't', version: '1', title: 'T' } }, sections.map((data, i) => ({ file: `${i}.yaml`, data })));
    if (!result.ok) throw new Error('fixture');
    const answers = { pathway: 'sonography_student', discipline: 'mri', site_types: ['hospital', 'small_clinic'] };
    expect(pruneAnswers(result.bank, answers)).toMatchObject({ site_types: ['hospital'] });
    expect(pruneAnswers(result.bank, { ...answers, site_types: ['small_clinic'] })).not.toHaveProperty('site_types');
  });
});
