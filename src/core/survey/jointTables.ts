import type { Condition } from '../bank/condition.js';
import { evaluate, questionsIn } from '../bank/evaluate.js';
import type { ChoiceQuestion } from '../bank/schema.js';
import type { LinearConstraint } from './linearProgram.js';

/** A linear expression over the model's variables: Σ coefficient × variable + constant. */
export type Expr = { terms: [number, number][]; constant: number };

/** Every answer a question can have, "none" first, or undefined when unknown (text) or too many to try. */
export function possibleAnswers(q: ChoiceQuestion | undefined): string[][] | undefined {
  if (!q) return undefined;
  if (q.kind === 'single') return [[], ...q.options.map((o) => [o.value])];
  const plain = q.options.filter((o) => !o.exclusive);
  if (plain.length > 8) return undefined;
  const out: string[][] = [[]];
  for (let mask = 1; mask < 1 << plain.length; mask += 1) out.push(plain.filter((_, i) => mask & (1 << i)).map((o) => o.value));
  return [...out, ...q.options.filter((o) => o.exclusive).map((o) => [o.value])];
}

/** Which class of question `q` the joint count `i` is for: the joint counts run through the classes like digits. */
function classDigit(classes: readonly (readonly unknown[])[], i: number, q: number): number {
  return Math.floor(i / classes.slice(q + 1).reduce((n, list) => n * list.length, 1)) % (classes[q]?.length ?? 1);
}

/** The parts of a condition that read question `id` (its `in` and `answered` tests). */
function partsOn(c: Condition, id: string): Condition[] {
  if ('all' in c) return c.all.flatMap((x) => partsOn(x, id));
  if ('any' in c) return c.any.flatMap((x) => partsOn(x, id));
  if ('not' in c) return partsOn(c.not, id);
  return c.question === id ? [c] : [];
}

/** What the joint tables need from the model being built (readerModel.ts). */
export interface ModelParts {
  respondents: number;
  choice: readonly ChoiceQuestion[];
  questions: ReadonlyMap<string, { cells: number[]; answered: number }>;
  /** Per respondent, one answer each: the option (single) or the combination of ticks (multi). */
  unitsOf(q: ChoiceQuestion): number[] | undefined;
  newVariable(): number;
  add(terms: [number, number][], relation: LinearConstraint['relation'], rhs: number): void;
}

/**
 * Answers of one question that no condition tells apart: their counts (`units`), whether "no answer" is among
 * them (its count is N − `answered`), and one of them to evaluate conditions on.
 */
type AnswerClass = { units: number[]; none: boolean; answered: number; sample: string[] };

/**
 * A condition over several questions counts people by their answers to all of them together, which the
 * per-question counts do not fix; but a reader still knows those counts are the joint count's margins (the people
 * who ticked both p0 and p1 are the ones who did, whatever else they answered). Without this, `all` and `any` over
 * several questions were loose enough that a reader reasoning over whole respondents narrowed a hidden count the
 * model called protected. Answers that no condition in the bank tells apart (the same truth for each of their parts
 * on that question) are one class, so the joint count has one unpublished count per combination of classes: a few,
 * where one per combination of answers made the whole report's check a third slower.
 */
export function jointTables({ respondents: N, choice, questions, unitsOf, newVariable, add }: ModelParts): (c: Condition, ids: string[]) => Expr | undefined {
  const leaves = new Map<string, Condition[]>();
  for (const q of choice) {
    for (const c of [q.show_if, ...q.options.map((o) => o.show_if)]) {
      for (const id of new Set(c ? questionsIn(c) : [])) leaves.set(id, [...(leaves.get(id) ?? []), ...partsOn(c as Condition, id)]);
    }
  }
  const joints = new Map<string, { joint: number[]; classes: AnswerClass[][] } | undefined>();
  const jointCount = (c: Condition, ids: string[]): Expr | undefined => {
    const key = ids.join('\u0000');
    if (!joints.has(key)) joints.set(key, jointOf(ids));
    const found = joints.get(key);
    if (!found) return undefined;
    const { joint, classes } = found;
    const digit = (i: number, q: number) => classDigit(classes, i, q);
    const holding = joint.filter((_, i) => evaluate(c, Object.fromEntries(ids.map((id, q) => [id, classes[q]?.[digit(i, q)]?.sample ?? []]))));
    return { terms: holding.map((v): [number, number] => [v, 1]), constant: 0 };
  };
  /**
   * One joint count per set of questions, shared by every condition over that set, so the conditions stay linked
   * as respondents link them. Answers are classed by every part of every condition in the bank on that question.
   */
  const jointOf = (ids: string[]) => {
    const classes: AnswerClass[][] = [];
    for (const id of ids) {
      const q = choice.find((x) => x.id === id);
      const answers = possibleAnswers(q);
      const units = q && unitsOf(q);
      const own = q && questions.get(q.id);
      if (!answers || !units || !own) return undefined;
      const parts = leaves.get(id) ?? [];
      const bySignature = new Map<string, AnswerClass>();
      answers.forEach((answer, k) => {
        const signature = parts.map((part) => (evaluate(part, { [id]: answer }) ? '1' : '0')).join('');
        const entry = bySignature.get(signature) ?? { units: [], none: false, answered: own.answered, sample: answer };
        if (k === 0) entry.none = true;
        else entry.units.push(units[k - 1] as number);
        bySignature.set(signature, entry);
      });
      classes.push([...bySignature.values()]);
    }
    const total = classes.reduce((n, list) => n * list.length, 1);
    if (total > 256) return undefined;
    const joint = Array.from({ length: total }, () => newVariable());
    const digit = (i: number, q: number) => classDigit(classes, i, q);
    classes.forEach((list, q) =>
      list.forEach(({ units, none, answered }, k) => {
        const having = joint.filter((_, i) => digit(i, q) === k).map((v): [number, number] => [v, 1]);
        // Σ joint in this class = Σ its answers' counts, "none" contributing N − answered.
        const counts = units.map((v): [number, number] => [v, -1]);
        add([...having, ...counts, ...(none ? [[answered, 1] as [number, number]] : [])], '=', none ? N : 0);
      }),
    );
    return { joint, classes };
  };
  return jointCount;
}
