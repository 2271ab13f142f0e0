import { describe, expect, it } from 'vitest';
import { parseBank, type BankProblem } from '../../../src/core/bank/parseBank.js';
import type { Bank, MultiQuestion } from '../../../src/core/bank/schema.js';
import { exclusiveConflict } from '../../../src/core/flow/exclusiveConflict.js';
import { flowReducer, startFlow, type FlowAction, type FlowState } from '../../../src/core/flow/flowReducer.js';
import { toggleOption } from '../../../src/core/flow/toggleOption.js';
import { validateAnswers } from '../../../src/core/flow/validateAnswers.js';
import { pruneAnswers } from '../../../src/core/flow/visibility.js';
import { exclusiveNote, exclusiveRefusal } from '../../../src/messages/exclusive.js';
import { say, wordProblem } from '../../../src/messages/en.js';
import { tinySections } from '../../fixtures/tinyBank.js';

type Sections = { section: string; questions: Record<string, unknown>[] }[];
const meta = { file: 'bank.yaml', data: { id: 'tiny', version: '1', title: 'Tiny' } };

/** The tiny bank with a credentials question after discipline whose last option, "None of these yet", is exclusive. */
function sections(): Sections {
  const s = structuredClone(tinySections) as Sections;
  s[0]!.questions.splice(2, 0, {
    id: 'credentials', kind: 'multi', prompt: 'Which credentials do you hold?',
    options: [
      { value: 'radiography', label: 'Radiography (R)' },
      { value: 'sonography', label: 'Sonography' },
      { value: 'none', label: 'None of these yet', exclusive: true },
    ],
  });
  return s;
}
const parse = (s: Sections) => parseBank(meta, s.map((data, i) => ({ file: `sections/0${i + 1}.yaml`, data })));
function exclusiveBank(): Bank {
  const result = parse(sections());
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.bank;
}

const bank = exclusiveBank();
const credentials = bank.questions.find((q) => q.id === 'credentials') as MultiQuestion;
const answer = (value: string | string[]): FlowAction => ({ type: 'answer', id: 'credentials', value });
const onCredentials: FlowState = flowReducer(bank, flowReducer(bank, startFlow(bank), { type: 'answer', id: 'pathway', value: 'post_primary' }), { type: 'answer', id: 'discipline', value: 'ct' });

describe('toggleOption keeps an exclusive option on its own', () => {
  it.each<[string, string[], string, { chosen: string[]; unticked: string[] }]>([
    ['ticks an ordinary option', [], 'radiography', { chosen: ['radiography'], unticked: [] }],
    ['ticks a second ordinary option', ['radiography'], 'sonography', { chosen: ['radiography', 'sonography'], unticked: [] }],
    ['unticks a ticked option', ['radiography', 'sonography'], 'radiography', { chosen: ['sonography'], unticked: [] }],
    ['ticking the exclusive option unticks the others', ['radiography', 'sonography'], 'none', { chosen: ['none'], unticked: ['radiography', 'sonography'] }],
    ['ticking another option unticks the exclusive one', ['none'], 'sonography', { chosen: ['sonography'], unticked: ['none'] }],
    ['unticking the exclusive option leaves nothing ticked', ['none'], 'none', { chosen: [], unticked: [] }],
    ['the exclusive option alone unticks nothing', [], 'none', { chosen: ['none'], unticked: [] }],
  ])('%s', (_name, chosen, value, expected) => {
    expect(toggleOption(credentials, chosen, value)).toEqual(expected);
  });

  it('changes nothing else on a question without an exclusive option', () => {
    const sites = bank.questions.find((q) => q.id === 'site_types') as MultiQuestion;
    expect(toggleOption(sites, ['hospital'], 'small_clinic')).toEqual({ chosen: ['hospital', 'small_clinic'], unticked: [] });
  });
});

describe('the reducer refuses an exclusive option combined with others, as data', () => {
  it.each<[string, string[], Partial<FlowState>]>([
    ['the exclusive option with another', ['radiography', 'none'], { current: 'credentials', error: null, refusal: { code: 'exclusive', question: 'credentials', exclusive: 'none', others: ['radiography'] } }],
    ['the exclusive option first', ['none', 'sonography', 'radiography'], { current: 'credentials', refusal: { code: 'exclusive', question: 'credentials', exclusive: 'none', others: ['sonography', 'radiography'] } }],
    ['the exclusive option alone', ['none'], { current: 'spi_status', refusal: null, answers: expect.objectContaining({ credentials: ['none'] }) as FlowState['answers'] }],
    ['ordinary options together', ['radiography', 'sonography'], { current: 'spi_status', refusal: null }],
  ])('%s', (_name, value, expected) => {
    const sono = flowReducer(bank, startFlow(bank), { type: 'answer', id: 'pathway', value: 'sonography_student' });
    const at = flowReducer(bank, sono, { type: 'answer', id: 'discipline', value: 'mri' });
    expect(flowReducer(bank, at, answer(value))).toMatchObject(expected);
  });

  it('clears the refusal once the person moves or answers again', () => {
    const refused = flowReducer(bank, onCredentials, answer(['radiography', 'none']));
    expect(refused.refusal).not.toBeNull();
    expect(flowReducer(bank, refused, answer(['none'])).refusal).toBeNull();
    expect(flowReducer(bank, refused, { type: 'back' }).refusal).toBeNull();
    expect(flowReducer(bank, refused, answer([])).refusal).toBeNull();
  });

  it('words the refusal outside the core', () => {
    const refused = flowReducer(bank, onCredentials, answer(['radiography', 'none']));
    expect(exclusiveRefusal(credentials, refused.refusal!)).toBe("None of these yet can't be combined with other answers.");
  });
});

describe('exclusiveConflict', () => {
  it.each<[string, string | string[], boolean]>([
    ['a single value', 'none', false],
    ['nothing ticked', [], false],
    ['the exclusive option alone', ['none'], false],
    ['ordinary options', ['radiography', 'sonography'], false],
    ['combined', ['sonography', 'none'], true],
  ])('%s', (_name, value, conflicts) => {
    expect(exclusiveConflict(credentials, value) !== null).toBe(conflicts);
  });
});

describe('answers from outside', () => {
  it.each<[string, unknown, string[]]>([
    ['combined in an answers file: refused, naming the question', { answers: { credentials: ['radiography', 'none'] } }, ['answers.credentials: “none” (None of these yet) can only be chosen on its own, not with “radiography”']],
    ['alone: accepted', { answers: { credentials: ['none'] } }, []],
  ])('%s', (_name, document, messages) => {
    expect(validateAnswers(bank, document).problems.map((p) => `${p.at}: ${say(p.problem)}`)).toEqual(messages);
  });

  it('a saved answer that combines them is dropped, so the question is asked again', () => {
    const answers = { pathway: 'post_primary', discipline: 'ct', credentials: ['radiography', 'none'] };
    expect(pruneAnswers(bank, answers)).not.toHaveProperty('credentials');
    expect(startFlow(bank, { answers, current: 'site_types', screen: 'question' })).toMatchObject({ current: 'site_types', answers: { pathway: 'post_primary' } });
  });
});

describe('exclusiveNote says what a tick unticked', () => {
  it.each<[string, string[], string, string | null]>([
    ['ticking the exclusive option', ['radiography', 'sonography'], 'none', "Unticked Radiography (R) and Sonography: None of these yet can't be combined with other answers."],
    ['ticking another option', ['none'], 'radiography', "Unticked None of these yet: it can't be combined with other answers."],
    ['an ordinary tick', ['radiography'], 'sonography', null],
  ])('%s', (_name, chosen, value, expected) => {
    expect(exclusiveNote(credentials, value, toggleOption(credentials, chosen, value))).toBe(expected);
  });
});

describe('validate: exclusive in the bank', () => {
  const problemsOf = (edit: (s: Sections) => void): BankProblem[] => {
    const s = sections();
    edit(s);
    const result = parse(s);
    return result.ok ? [] : result.problems.map(wordProblem);
  };

  it.each<[string, (s: Sections) => void, Partial<BankProblem>[]]>([
    ['accepted on a multi question', () => {}, []],
    [
      'refused on a single question, with file, question and field',
      (s) => ((s[0]!.questions[0]!.options as Record<string, unknown>[])[1]!.exclusive = true),
      [{ file: 'sections/01.yaml', questionId: 'pathway', field: 'options.1.exclusive', message: 'exclusive is only allowed on options of a multi question' }],
    ],
    [
      'a default that combines it with others',
      (s) => (s[0]!.questions[2]!.default = ['radiography', 'none']),
      [{ file: 'sections/01.yaml', questionId: 'credentials', field: 'default', message: 'default combines “none”, which is exclusive, with other options' }],
    ],
    ['not a boolean', (s) => ((s[0]!.questions[2]!.options as Record<string, unknown>[])[2]!.exclusive = 'yes'), [{ questionId: 'credentials', field: 'options.2.exclusive' }]],
  ])('%s', (_name, edit, expected) => {
    const problems = problemsOf(edit);
    expect(problems).toHaveLength(expected.length);
    expected.forEach((p, i) => expect(problems[i]).toMatchObject(p));
  });
});
