import { describe, expect, it } from 'vitest';
import { parseBank, type BankProblem } from '../../../src/core/bank/parseBank.js';
import { tinySections } from '../../fixtures/tinyBank.js';
import { wordProblem } from '../../../src/messages/en.js';

const meta = { file: 'bank.yaml', data: { id: 'tiny', version: '1', title: 'Tiny' } };
const clone = () => structuredClone(tinySections) as { section: string; questions: Record<string, unknown>[] }[];
const problemsOf = (edit: (s: ReturnType<typeof clone>) => void): BankProblem[] => {
  const sections = clone();
  edit(sections);
  const result = parseBank(meta, sections.map((data, i) => ({ file: `sections/0${i + 1}.yaml`, data })));
  return result.ok ? [] : result.problems.map(wordProblem);
};

describe('parseBank', () => {
  it('accepts the fixture bank', () => {
    expect(problemsOf(() => {})).toEqual([]);
  });

  it.each<[string, (s: ReturnType<typeof clone>) => void, Partial<BankProblem>]>([
    ['a missing prompt', (s) => delete s[0]!.questions[0]!.prompt, { file: 'sections/01.yaml', questionId: 'pathway', field: 'prompt' }],
    ['an unknown kind', (s) => (s[1]!.questions[0]!.kind = 'dropdown'), { file: 'sections/02.yaml', questionId: 'site_types', field: 'kind' }],
    ['a misspelt field', (s) => (s[1]!.questions[0]!.promt = 'x'), { file: 'sections/02.yaml', questionId: 'site_types', message: expect.stringContaining('promt') as unknown as string }],
    ['an id that is not snake_case', (s) => (s[1]!.questions[2]!.id = 'Biggest-Obstacle'), { file: 'sections/02.yaml', questionId: 'Biggest-Obstacle', field: 'id' }],
    ['a duplicate id', (s) => (s[1]!.questions[2]!.id = 'state'), { file: 'sections/02.yaml', questionId: 'state', field: 'id', message: 'duplicate id; already used in sections/02.yaml' }],
    ['a duplicate option value', (s) => ((s[1]!.questions[0]!.options as { value: string }[])[1]!.value = 'hospital'), { questionId: 'site_types', field: 'options.1.value' }],
    ['show_if on an unknown question', (s) => (s[1]!.questions[0]!.show_if = { question: 'nope', in: ['x'] }), { file: 'sections/02.yaml', questionId: 'site_types', field: 'show_if', message: 'refers to unknown question “nope”' }],
    ['show_if on a later question', (s) => (s[0]!.questions[2]!.show_if = { question: 'state', in: ['OR'] }), { questionId: 'spi_status', field: 'show_if', message: 'refers to “state”, which is not asked before this question' }],
    ['show_if on an unknown option', (s) => (s[0]!.questions[2]!.show_if = { question: 'pathway', in: ['sonograhpy'] }), { questionId: 'spi_status', message: '“sonograhpy” is not an option of “pathway”' }],
    ['a default that is not an option', (s) => (s[1]!.questions[1]!.default = 'ZZ'), { questionId: 'state', field: 'default' }],
    ['pathway not first', (s) => s[0]!.questions.reverse(), { field: 'id', message: 'question 1 must be “pathway”' }],
  ])('reports %s with file, question and field', (_name, edit, expected) => {
    expect(problemsOf(edit)).toContainEqual(expect.objectContaining(expected));
  });

  it('reports every problem, not just the first', () => {
    const problems = problemsOf((s) => {
      delete s[0]!.questions[0]!.prompt;
      s[1]!.questions[0]!.kind = 'dropdown';
    });
    expect(problems.length).toBeGreaterThanOrEqual(2);
  });
});
