import { describe, expect, it } from 'vitest';
import { parseBank, issuesToProblems, type BankProblem } from '../../../src/core/bank/parseBank.js';
import { unsafeCharacter } from '../../../src/core/bank/unsafeCharacter.js';
import { personaFileSchema } from '../../../src/core/persona/personaSchema.js';
import { planContentSchema } from '../../../src/core/plan/planContentSchema.js';
import { tinySections } from '../../fixtures/tinyBank.js';
import { tinyPlan } from '../../fixtures/tinyPlan.js';
import { wordProblem } from '../../../src/messages/en.js';
import { unsafeCharacterWords } from '../../../src/messages/contentWords.js';

/**
 * Issue 6: a question bank from `--questions DIR` may not be ours. Its text is refused when it holds a character the
 * shared printing rule (removeUnsafe) would strip, or a tab or line break, with the file, question and field named.
 */
describe('unsafeCharacter', () => {
  it.each<[string, string, string | undefined]>([
    ['ESC (CSI colour)', 'Hosp\u001b[31mital', 'a control character (U+001B)'],
    ['BEL', 'a\u0007b', 'a control character (U+0007)'],
    ['NUL', 'a\u0000b', 'a control character (U+0000)'],
    ['DEL', 'a\u007fb', 'a control character (U+007F)'],
    ['8-bit CSI (C1)', 'a\u009b2Jb', 'a control character (U+009B)'],
    ['8-bit OSC (C1)', 'a\u009d52;c;eA==\u009cb', 'a control character (U+009D)'],
    ['backspace', 'rm\b\bok', 'a control character (U+0008)'],
    ['tab', 'a\tb', 'a tab (U+0009)'],
    ['line feed', 'a\nb', 'a line break (U+000A)'],
    ['carriage return', 'safe\rEVIL', 'a line break (U+000D)'],
    ['NEL (U+0085)', 'a\u0085b', 'a line break (U+0085)'],
    ['line separator', 'a\u2028b', 'a line break (U+2028)'],
    ['paragraph separator', 'a\u2029b', 'a line break (U+2029)'],
    ['RLO', 'invoice\u202efdp.exe', 'a bidi control character (U+202E)'],
    ['LRE', '\u202ax', 'a bidi control character (U+202A)'],
    ['isolate U+2066', 'a\u2066b', 'a bidi control character (U+2066)'],
    ['pop isolate U+2069', 'a\u2069b', 'a bidi control character (U+2069)'],
    ['LRM', 'a\u200eb', 'a bidi control character (U+200E)'],
    ['RLM', 'a\u200fb', 'a bidi control character (U+200F)'],
    ['Arabic letter mark', 'a\u061cb', 'a bidi control character (U+061C)'],
    ['zero-width space', 'pa\u200bss', 'an invisible character (U+200B)'],
    ['word joiner', 'a\u2060b', 'an invisible character (U+2060)'],
    ['BOM inside text', 'a\ufeffb', 'an invisible character (U+FEFF)'],
    ['Mongolian vowel separator', 'a\u180eb', 'an invisible character (U+180E)'],
    ['interlinear annotation', 'a\ufff9b', 'an invisible character (U+FFF9)'],
    ['a Unicode tag character', `ok${String.fromCodePoint(0xe0041)}`, 'an invisible character (U+E0041)'],
    ['the first of several is named', 'a\u202e\u001bb', 'a bidi control character (U+202E)'],
    ['a tab before an escape is named first', 'a\tb\u001b', 'a tab (U+0009)'],
    ['a tag before another astral character', `a${String.fromCodePoint(0xe0041, 0xe0100)}`, 'an invisible character (U+E0041)'],
    ['plain ASCII', 'Which of these best describes you?', undefined],
    ['typographic quotes, dashes, ellipsis', '“Hospital” — …', undefined],
    ['letters, accents, CJK, emoji with ZWJ and ZWNJ', 'José 放射線 👩‍⚕️ می‌خواهم ½', undefined],
    ['markup and formulas are printable (escaped where printed)', '=HYPERLINK("x") [x](http://e) <img> &#x202E; a | b', undefined],
    ['the empty string', '', undefined],
  ])('%s', (_name, text, expected) => {
    const found = unsafeCharacter(text);
    expect(found && unsafeCharacterWords(found)).toBe(expected);
  });
});

type Sections = { section: string; questions: Record<string, unknown>[] }[];
const ESC = 'Hosp\u001b[31mital';
const bankProblems = (edit: (s: Sections, meta: Record<string, unknown>) => void): BankProblem[] => {
  const sections = structuredClone(tinySections) as Sections;
  const meta: Record<string, unknown> = { id: 'tiny', version: '1', title: 'Tiny' };
  edit(sections, meta);
  const result = parseBank({ file: 'bank.yaml', data: meta }, sections.map((data, i) => ({ file: `sections/0${i + 1}.yaml`, data })));
  return result.ok ? [] : result.problems.map(wordProblem);
};
const option = (s: Sections, section: number, question: number, index: number) => (s[section]!.questions[question]!.options as Record<string, unknown>[])[index]!;

describe('the bank refuses unsafe text, naming file, question and field', () => {
  it.each<[string, (s: Sections, meta: Record<string, unknown>) => void, BankProblem]>([
    ['a question label', (s) => (s[0]!.questions[0]!.label = ESC), { file: 'sections/01.yaml', questionId: 'pathway', field: 'label', message: 'contains a control character (U+001B); remove it' }],
    ['a prompt', (s) => (s[0]!.questions[1]!.prompt = 'Which\u202e discipline?'), { file: 'sections/01.yaml', questionId: 'discipline', field: 'prompt', message: 'contains a bidi control character (U+202E); remove it' }],
    ['help', (s) => (s[1]!.questions[1]!.help = 'a\u200bb'), { file: 'sections/02.yaml', questionId: 'state', field: 'help', message: 'contains an invisible character (U+200B); remove it' }],
    ['an option label', (s) => (option(s, 1, 0, 0).label = ESC), { file: 'sections/02.yaml', questionId: 'site_types', field: 'options.0.label', message: 'contains a control character (U+001B); remove it' }],
    ['an option hint', (s) => (option(s, 0, 0, 1).hint = 'x\u0007'), { file: 'sections/01.yaml', questionId: 'pathway', field: 'options.1.hint', message: 'contains a control character (U+0007); remove it' }],
    ['an option phrase', (s) => (option(s, 1, 0, 1).phrase = 'imaging\ncenters'), { file: 'sections/02.yaml', questionId: 'site_types', field: 'options.1.phrase', message: 'contains a line break (U+000A); remove it' }],
    ['a placeholder', (s) => (s[1]!.questions[2]!.placeholder = 'type\there'), { file: 'sections/02.yaml', questionId: 'obstacle', field: 'placeholder', message: 'contains a tab (U+0009); remove it' }],
    ['a section name', (s) => (s[1]!.section = 'Your\u009b2J site'), { file: 'sections/02.yaml', field: 'section', message: 'contains a control character (U+009B); remove it' }],
    ['the bank title', (_s, meta) => (meta.title = `Tiny${String.fromCodePoint(0xe0041)}`), { file: 'bank.yaml', field: 'title', message: 'contains an invisible character (U+E0041); remove it' }],
    ['the bank version (printed when answers were saved against another)', (_s, meta) => (meta.version = '1\u001b]52;c;eA==\u0007'), { file: 'bank.yaml', field: 'version', message: 'contains a control character (U+001B); remove it' }],
  ])('%s', (_name, edit, expected) => {
    expect(bankProblems(edit)).toContainEqual(expected);
  });

  it('an id with an escape is refused as not snake_case (its text is cleaned where printed)', () => {
    expect(bankProblems((s) => (s[1]!.questions[2]!.id = 'obstacle\u001b[2J'))).toContainEqual(expect.objectContaining({ file: 'sections/02.yaml', questionId: 'obstacle\u001b[2J', field: 'id' }));
  });

  it('reports every unsafe field, not just the first', () => {
    expect(bankProblems((s) => ((s[0]!.questions[0]!.label = ESC), (option(s, 1, 0, 0).label = ESC)))).toHaveLength(2);
  });
});

const planProblems = (edit: (p: Record<string, unknown> & typeof tinyPlan) => void): BankProblem[] => {
  const plan = structuredClone(tinyPlan) as Record<string, unknown> & typeof tinyPlan;
  edit(plan);
  const result = planContentSchema.safeParse(plan);
  return result.success ? [] : issuesToProblems('plan.yaml', result.error.issues, plan).map(wordProblem);
};

describe('plan.yaml refuses unsafe text, naming the field', () => {
  it('accepts the fixture plan', () => {
    expect(planProblems(() => {})).toEqual([]);
  });

  it.each<[string, (p: typeof tinyPlan) => void, Partial<BankProblem>]>([
    ['the disclaimer', (p) => (p.disclaimer = ESC), { field: 'disclaimer', message: 'contains a control character (U+001B); remove it' }],
    ['a section title', (p) => (p.sections[0]!.title = 'a\u2066b'), { field: 'sections.0.title', message: 'contains a bidi control character (U+2066); remove it' }],
    ['a section intro', (p) => (p.sections[0]!.intro = 'a\nb'), { field: 'sections.0.intro', message: 'contains a line break (U+000A); remove it' }],
    ['an item text', (p) => (p.items[1]!.text = 'Ask \u001b]8;;http://evil.example\u0007{site_types}'), { field: 'items.1.text', message: 'contains a control character (U+001B); remove it' }],
    ['an item because', (p) => (p.items[0]!.because = 'a\u200fb'), { field: 'items.0.because', message: 'contains a bidi control character (U+200F); remove it' }],
    ['a source title', (p) => (p.sources.hhs!.title = 'HHS\u0085'), { field: 'sources.hhs.title', message: 'contains a line break (U+0085); remove it' }],
    ['a source address', (p) => (p.sources.arrt!.url = 'https://www.arrt.org/pp\u001b[2J'), { field: 'sources.arrt.url', message: 'contains a control character (U+001B); remove it' }],
    ['a comparison text', (p) => (p.comparisons[0]!.text = '{percent}\u202e{option}'), { field: 'comparisons.0.text', message: 'contains a bidi control character (U+202E); remove it' }],
  ])('%s', (_name, edit, expected) => {
    expect(planProblems(edit)).toContainEqual(expect.objectContaining({ file: 'plan.yaml', ...expected }));
  });

  it('a source id with an escape is refused, saying why', () => {
    const problems = planProblems((p) => (p.sources['evil\u001b[2J'] = { title: 'x' }));
    expect(problems).toContainEqual({ file: 'plan.yaml', field: 'sources.evil\u001b[2J', message: 'key contains a control character (U+001B); remove it' });
  });
});

const persona = { id: 'turned-down', name: 'Dana', story: 'Turned down twice.', drawn_from: 'seed 1', answers: { pathway: 'post_primary', site_types: ['hospital'], obstacle: 'Distance' } };
const personaProblems = (edit: (p: typeof persona) => void): BankProblem[] => {
  const data = structuredClone(persona);
  edit(data);
  const result = personaFileSchema.safeParse(data);
  return result.success ? [] : issuesToProblems('personas/01.yaml', result.error.issues, data).map(wordProblem);
};

describe('a persona refuses unsafe text, naming the field', () => {
  it('accepts a plain persona', () => {
    expect(personaProblems(() => {})).toEqual([]);
  });

  it.each<[string, (p: typeof persona) => void, Partial<BankProblem>]>([
    ['the name', (p) => (p.name = 'Dana\u001b[2J'), { field: 'name', message: 'contains a control character (U+001B); remove it' }],
    ['the story', (p) => (p.story = 'Turned\u202e down'), { field: 'story', message: 'contains a bidi control character (U+202E); remove it' }],
    ['drawn_from', (p) => (p.drawn_from = 'seed\t1'), { field: 'drawn_from', message: 'contains a tab (U+0009); remove it' }],
    ['a text answer', (p) => (p.answers.obstacle = 'Dist\u200bance'), { field: 'answers.obstacle', message: 'contains an invisible character (U+200B); remove it' }],
    ['an answer in a list', (p) => (p.answers.site_types = ['hospital\u0007']), { field: 'answers.site_types.0', message: 'contains a control character (U+0007); remove it' }],
  ])('%s', (_name, edit, expected) => {
    expect(personaProblems(edit)).toContainEqual(expect.objectContaining({ file: 'personas/01.yaml', ...expected }));
  });

  it('an answer id with an escape is refused, saying why', () => {
    expect(personaProblems((p) => Object.assign(p.answers, { ['x\u001b[2J']: 'y' }))).toContainEqual({ file: 'personas/01.yaml', field: 'answers.x\u001b[2J', message: 'key contains a control character (U+001B); remove it' });
  });
});
