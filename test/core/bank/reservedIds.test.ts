import { describe, expect, it } from 'vitest';
import { parseBank, type BankProblem } from '../../../src/core/bank/parseBank.js';
import { evaluate } from '../../../src/core/bank/evaluate.js';
import type { Bank } from '../../../src/core/bank/schema.js';
import { pruneAnswers, unansweredQuestions } from '../../../src/core/flow/visibility.js';
import { validateAnswers } from '../../../src/core/flow/validateAnswers.js';
import { tinySections } from '../../fixtures/tinyBank.js';
import { wordProblem } from '../../../src/messages/en.js';

const meta = { file: 'bank.yaml', data: { id: 'tiny', version: '1', title: 'Tiny' } };
type Sections = { section: string; questions: Record<string, unknown>[] }[];
const parse = (edit: (s: Sections) => void = () => {}) => {
  const sections = structuredClone(tinySections) as Sections;
  edit(sections);
  return parseBank(meta, sections.map((data, i) => ({ file: `sections/0${i + 1}.yaml`, data })));
};
const problemsOf = (edit: (s: Sections) => void): BankProblem[] => {
  const result = parse(edit);
  return result.ok ? [] : result.problems.map(wordProblem);
};

describe('ids JavaScript reserves for every object', () => {
  it.each(['constructor', '__proto__', 'toString', 'valueOf', 'hasOwnProperty'])('a question id %s is refused by validate, naming file, question and field', (id) => {
    expect(problemsOf((s) => (s[1]!.questions[1]!.id = id))).toContainEqual(expect.objectContaining({ file: 'sections/02.yaml', questionId: id, field: 'id' }));
  });

  it('says why for a name that is otherwise good snake_case', () => {
    expect(problemsOf((s) => (s[1]!.questions[1]!.id = 'constructor'))).toContainEqual(
      expect.objectContaining({ field: 'id', message: expect.stringContaining('JavaScript reserves') as unknown as string }),
    );
  });

  it('an option value constructor is refused too', () => {
    expect(problemsOf((s) => ((s[1]!.questions[0]!.options as { value: string }[])[1]!.value = 'constructor'))).toContainEqual(
      expect.objectContaining({ questionId: 'site_types', field: 'options.1.value' }),
    );
  });
});

describe('answers are looked up as own properties only', () => {
  // A bank that slipped past validate (built in code): the lookups must still not find Object.prototype.
  const bank = (() => {
    const result = parse();
    if (!result.ok) throw new Error('fixture bank invalid');
    const copy = structuredClone(result.bank) as Bank;
    copy.questions.find((q) => q.id === 'obstacle')!.id = 'constructor';
    return copy;
  })();

  it('an unanswered question named constructor is unanswered', () => {
    expect(unansweredQuestions(bank, {}).map((q) => q.id)).toContain('constructor');
  });

  it('a condition on it is false until it is answered', () => {
    expect(evaluate({ question: 'constructor', answered: true }, {})).toBe(false);
    expect(evaluate({ question: 'toString', in: ['x'] }, {})).toBe(false);
  });

  it('pruning keeps only own answers, and an answers file with __proto__ changes no prototype', () => {
    expect(Object.keys(pruneAnswers(bank, {}))).toEqual([]);
    const document = JSON.parse('{"answers": {"__proto__": {"polluted": "yes"}, "pathway": "post_primary"}}') as unknown;
    const { answers, problems } = validateAnswers(bank, document);
    expect(problems).toContainEqual(expect.objectContaining({ at: 'answers.__proto__' }));
    expect(answers).toEqual({ pathway: 'post_primary' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
