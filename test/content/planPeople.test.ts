import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { isVisible, visibleOptions } from '../../src/core/bank/evaluate.js';
import type { Answers, AnswerValue } from '../../src/core/bank/schema.js';
import { toggleOption } from '../../src/core/flow/toggleOption.js';
import { pruneAnswers } from '../../src/core/flow/visibility.js';
import { buildPlan } from '../../src/core/plan/buildPlan.js';
import { planWords } from '../../src/messages/planWords.js';
import type { Plan } from '../../src/core/plan/planContentSchema.js';
import { loadContent } from '../../src/files/loadBank.js';

const loaded = loadContent(fileURLToPath(new URL('../../questions', import.meta.url)));
if (!loaded.ok) throw new Error(`questions/ does not load:\n${JSON.stringify(loaded.problems, null, 2)}`);
const { bank, plan: content, personas, states } = loaded.content;
const NOW = new Date('2026-11-15T12:00:00Z');
const planFor = (answers: Answers): Plan => buildPlan(planWords, bank, content, answers, NOW, states);
const itemIds = (p: Plan) => p.sections.flatMap((s) => s.items.map((i) => i.id));

interface Person {
  name: string;
  persona?: string;
  answers?: Answers;
  required: string[];
  forbidden: string[];
  first_step?: string;
  obstacle_themes?: string[];
  comparisons: boolean;
}

/** The table is data: test/content/plan-people.yaml, so a program director can add a person without code. */
const people = (parse(readFileSync(new URL('./plan-people.yaml', import.meta.url), 'utf8')) as { people: Person[] }).people;
const answersOf = (p: Person): Answers => {
  if (p.answers) return p.answers;
  const persona = personas.find((x) => x.id === p.persona);
  if (!persona) throw new Error(`no persona ${p.persona}`);
  return persona.answers;
};
const cases = people.map((p) => [p.name, p] as const);
const knownItems = new Set(content.items.map((i) => i.id));

/** Every problem a finished plan must not have, as strings (empty: none). */
function planProblems(plan: Plan): string[] {
  const problems: string[] = [];
  const ids = itemIds(plan);
  const shown = new Set(ids);
  for (const item of content.items) {
    if (!shown.has(item.id)) continue;
    for (const other of item.excludes ?? []) if (shown.has(other)) problems.push(`${item.id} shown with ${other}, which it excludes`);
  }
  if (plan.nextSteps.length < 3 || plan.nextSteps.length > 5) problems.push(`${plan.nextSteps.length} next steps`);
  for (const step of plan.nextSteps) if (!shown.has(step.item)) problems.push(`next step points to ${step.item}, not in the plan`);
  const texts = [
    ...plan.nextSteps.map((s) => s.text),
    ...plan.comparison.map((c) => c.text),
    ...plan.sections.flatMap((s) => [s.intro ?? '', ...s.items.flatMap((i) => [i.title, i.text])]),
  ];
  for (const text of texts) {
    if (/\{[a-z_]+\}/.test(text)) problems.push(`placeholder left in: ${text}`);
    if (text.includes('your choice')) problems.push(`unanswered question read as “your choice”: ${text}`);
  }
  return problems;
}

describe('the plan for each person in plan-people.yaml', () => {
  it('names only items that exist, and has the people the issue asks for', () => {
    for (const p of people) for (const id of [...p.required, ...p.forbidden]) expect(knownItems, `${p.name}: ${id}`).toContain(id);
    expect(people.filter((p) => p.persona).map((p) => p.persona).sort()).toEqual(personas.map((p) => p.id).sort());
    expect(people.filter((p) => !p.persona).length).toBeGreaterThanOrEqual(6);
  });

  it.each(cases)('%s', (_name, person) => {
    const answers = answersOf(person);
    expect(pruneAnswers(bank, answers), 'answers a real interview could give').toEqual(answers);
    const plan = planFor(answers);
    const ids = itemIds(plan);
    expect(ids).toEqual(expect.arrayContaining(person.required));
    expect(ids.filter((id) => person.forbidden.includes(id))).toEqual([]);
    expect(planProblems(plan)).toEqual([]);
    if (person.first_step) expect(plan.nextSteps[0]?.item).toBe(person.first_step);
    expect(plan.comparison.length > 0).toBe(person.comparisons);
    expect(plan.obstacle?.themes.map((t) => t.id) ?? []).toEqual(person.obstacle_themes ?? []);
  });
});

/** The answers with `question` changed to another value it could take, one plan per alternative. */
function alternatives(answers: Answers, questionId: string): Answers[] {
  const q = bank.questions.find((x) => x.id === questionId);
  // A number's alternatives are its ends and its middle: enough to move any comparison a plan could make.
  if (q?.kind === 'number') return [q.min, Math.round((q.min + q.max) / 2), q.max].filter((n) => String(n) !== answers[questionId]).map((n) => pruneAnswers(bank, { ...answers, [questionId]: String(n) }));
  if (!q || q.kind === 'text') return [];
  const options = visibleOptions(q, answers).map((o) => o.value);
  const current = answers[questionId];
  const values: AnswerValue[] =
    q.kind === 'single'
      ? options.filter((v) => v !== current)
      : // Ticked as the interview ticks: "None of these yet" unticks the rest, and the other way round.
        options.map((v) => toggleOption(q, Array.isArray(current) ? current : [], v).chosen).filter((v) => v.length > 0);
  return values.map((v) => pruneAnswers(bank, { ...answers, [questionId]: v }));
}

/** What a person reads: which items, in which words, and the comparison. */
const reading = (plan: Plan) => JSON.stringify([plan.sections.map((s) => s.items.map((i) => [i.id, i.text])), plan.comparison.map((c) => c.text)]);

describe('every answer counts', () => {
  it.each(cases)('%s: changing any answer the plan reads changes the plan', (_name, person) => {
    const answers = answersOf(person);
    const before = reading(planFor(answers));
    const ignored = bank.questions
      .filter((q) => q.kind !== 'text' && !q.survey_only && isVisible(q, answers) && answers[q.id] !== undefined)
      .filter((q) => alternatives(answers, q.id).every((alt) => reading(planFor(alt)) === before))
      .map((q) => q.id);
    expect(ignored).toEqual([]);
  });
});

/** Answers as someone walking the interview might give them: only visible questions, only visible options. */
const arbitraryAnswers = fc.array(fc.double({ min: 0, max: 0.999999, noNaN: true }), { minLength: 200, maxLength: 200 }).map((rolls) => {
  let i = 0;
  const next = () => rolls[i++ % rolls.length] ?? 0;
  const answers: Record<string, AnswerValue> = {};
  for (const q of bank.questions) {
    if (!isVisible(q, answers)) continue;
    if (q.kind === 'text') {
      if (next() < 0.5) answers[q.id] = 'far from home, and nobody will take me';
      continue;
    }
    if (q.kind === 'number') {
      answers[q.id] = String(q.min + Math.floor(next() * (q.max - q.min + 1)));
      continue;
    }
    const options = visibleOptions(q, answers);
    if (q.kind === 'single') answers[q.id] = options[Math.floor(next() * options.length)]!.value;
    else {
      // Ticked one by one as the interview ticks them, so "None of these yet" is never left with others.
      const ticked = options.filter(() => next() < 0.35).reduce<string[]>((chosen, o) => toggleOption(q, chosen, o.value).chosen, []);
      answers[q.id] = ticked.length > 0 ? ticked : [options[Math.floor(next() * options.length)]!.value];
    }
  }
  return answers as Answers;
});

describe('any complete set of answers', () => {
  it('gets 3 to 5 next steps, no excluded pair, no placeholder left', () => {
    fc.assert(
      fc.property(arbitraryAnswers, (answers) => {
        expect(planProblems(planFor(answers))).toEqual([]);
      }),
      { numRuns: 1500 },
    );
  });
});
