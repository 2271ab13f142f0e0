import { describe, expect, it } from 'vitest';
import { checkQuestionUse } from '../../../src/core/plan/checkPlanContent.js';
import { nextStepsOf } from '../../../src/core/plan/nextSteps.js';
import { obstacleOf, usesWord } from '../../../src/core/plan/obstacleThemes.js';
import type { PlanContent, PlanContentItem } from '../../../src/core/plan/planContentSchema.js';
import { tinyBank } from '../../fixtures/tinyBank.js';
import { tinyPlan } from '../../fixtures/tinyPlan.js';

describe('usesWord', () => {
  it.each<[string, string, boolean]>([
    ['my exam is soon', 'exam', true],
    ['an example', 'exam', false],
    ['exam.', 'exam', true],
    ['safari trip', 'far', false],
    ['too far', 'far', true],
    ['relocation costs', 'relocat*', true],
    ['dislocated', 'relocat*', false],
    ['nobody says yes', 'no one', false],
    ['no one says yes', 'no one', true],
    ['"no hospital"', 'no hospital', true],
    ['', 'far', false],
  ])('%j uses %j: %s', (text, word, expected) => {
    expect(usesWord(text, word)).toBe(expected);
  });
});

const item = (id: string, extra: Partial<PlanContentItem> = {}): PlanContentItem => ({ id, title: id, section: 'site_search', text: 'T', sources: ['arrt'], ...extra });

describe('nextStepsOf', () => {
  it('orders by urgency, then file order, keeps at most five, and skips items without a step', () => {
    const items = [
      item('a', { next_step: 'A', urgency: 5 }),
      item('b', { next_step: 'B', urgency: 1 }),
      item('c'),
      item('d', { next_step: 'D' }),
      item('e', { next_step: 'E', urgency: 9 }),
      item('f', { next_step: 'F', urgency: 2 }),
      item('g', { next_step: 'G', urgency: 3 }),
    ];
    expect(nextStepsOf({ items }, items)).toEqual([
      { text: 'B', item: 'b' }, { text: 'F', item: 'f' }, { text: 'G', item: 'g' }, { text: 'A', item: 'a' }, { text: 'D', item: 'd' },
    ]);
  });

  it('only uses the items shown', () => {
    const items = [item('a', { next_step: 'A' }), item('b', { next_step: 'B' })];
    expect(nextStepsOf({ items }, [items[1]!])).toEqual([{ text: 'B', item: 'b' }]);
  });
});

describe('obstacleOf', () => {
  const spec: NonNullable<PlanContent['obstacle']> = {
    question: 'obstacle',
    title: 'In your words',
    themes: [
      { id: 'distance', label: 'Distance', words: ['far', 'commut*'], items: ['near', 'block'] },
      { id: 'cost', label: 'Cost', words: ['money'], items: ['paying'] },
    ],
  };
  const shown = [item('near'), item('paying')];

  it.each<[string, string | undefined, { said: string; themes: string[] } | undefined]>([
    ['nothing typed', undefined, undefined],
    ['only spaces', '   \n ', undefined],
    ['no theme', 'my cat', { said: 'my cat', themes: [] }],
    ['two themes, in file order', 'Money, and the commute is far', { said: 'Money, and the commute is far', themes: ['distance', 'cost'] }],
    ['escapes and line breaks removed', 'too\u001b]0;owned\u0007 far\r\naway\u202e', { said: 'too far away', themes: ['distance'] }],
  ])('%s', (_name, typed, expected) => {
    const result = obstacleOf(spec, typed === undefined ? {} : { obstacle: typed }, shown);
    expect(result && { said: result.said, themes: result.themes.map((t) => t.id) }).toEqual(expected);
  });

  it('points only to items this plan shows, and drops a theme with none', () => {
    expect(obstacleOf(spec, { obstacle: 'far' }, shown)?.themes).toEqual([{ id: 'distance', label: 'Distance', items: ['near'] }]);
    expect(obstacleOf(spec, { obstacle: 'money' }, [])?.themes).toEqual([]);
  });

  it('keeps at most 500 characters', () => {
    expect(obstacleOf(spec, { obstacle: 'x'.repeat(900) }, shown)?.said).toHaveLength(500);
  });
});

describe('checkQuestionUse', () => {
  const bank = tinyBank();
  const ids = (plan: PlanContent, b = bank) => checkQuestionUse(b, plan).map((p) => `${p.questionId}:${p.field}`);

  /** tinyBank plus a question no plan item reads. */
  const withExtra = (extra: Record<string, unknown> = {}) => {
    const b = tinyBank();
    b.questions.push({ id: 'extra', kind: 'single', prompt: 'Extra?', optional: false, survey_only: false, filter: false, section: 'S',
      options: [{ value: 'a', label: 'A' }, { value: 'b', label: 'B' }], ...extra } as (typeof b.questions)[number]);
    return b;
  };

  it('is satisfied when the plan reads every question', () => {
    expect(ids(tinyPlan)).toEqual([]);
  });

  it('names a question the plan never reads, unless it is survey_only with help', () => {
    expect(ids(tinyPlan, withExtra())).toEqual(['extra:id']);
    expect(ids(tinyPlan, withExtra({ survey_only: true, help: 'Asked for the survey only; it does not change your plan.' }))).toEqual([]);
    expect(ids(tinyPlan, withExtra({ survey_only: true }))).toEqual(['extra:help']);
  });

  it('refuses survey_only on a question the plan reads', () => {
    const b = tinyBank();
    for (const q of b.questions) if (q.id === 'state') Object.assign(q, { survey_only: true, help: 'x' });
    expect(ids(tinyPlan, b)).toEqual(['state:survey_only']);
  });
});
