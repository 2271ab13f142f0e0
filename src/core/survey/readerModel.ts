import type { Condition } from '../bank/condition.js';
import { evaluate, questionsIn } from '../bank/evaluate.js';
import type { Bank, ChoiceQuestion } from '../bank/schema.js';
import type { LinearConstraint } from './linearProgram.js';
import { coreOf } from '../../kinds/coreKinds.js';
import { jointTables, possibleAnswers, type Expr } from './jointTables.js';

/** A count the report may publish (an option's count or a question's answered count), or one it never does. */
export type ModelVariable =
  | { kind: 'cell'; question: string; option: number }
  | { kind: 'answered'; question: string }
  /** How many respondents a condition held for: never published, tied to published counts by inequalities. */
  | { kind: 'shown' };

/**
 * What a reader of the report knows about its counts besides the numbers shown, as linear constraints over
 * whole-number variables ≥ 0 (see suppress.ts for how it is used and docs/suppression.md for its limits).
 */
export interface ReaderModel {
  respondents: number;
  variables: ModelVariable[];
  constraints: LinearConstraint[];
  /** Per choice question id: its option variables in option order, and its answered variable. */
  questions: Map<string, { cells: number[]; answered: number }>;
}

/**
 * Builds the reader's model from the bank alone (the bank is public: it ships with the tool) and the respondent
 * total, which every report shows. `assumeComplete` adds "a required question's answered count equals the number
 * of people it was shown to"; it holds for exported files, and a reader will assume it, but `collect` accepts
 * incomplete records, so suppress falls back to the model without it when the published counts contradict it.
 */
export function buildReaderModel(bank: Bank, respondents: number, assumeComplete = true): ReaderModel {
  const N = respondents;
  const variables: ModelVariable[] = [];
  const constraints: LinearConstraint[] = [];
  const questions = new Map<string, { cells: number[]; answered: number }>();
  // The questions the report counts by option (the kind's tally): single choices and tick boxes.
  const choice = bank.questions.filter((q): q is ChoiceQuestion & { section: string } => coreOf(q).tally !== null);
  for (const q of choice) {
    const cells = q.options.map((_, option) => variables.push({ kind: 'cell', question: q.id, option }) - 1);
    const answered = variables.push({ kind: 'answered', question: q.id }) - 1;
    questions.set(q.id, { cells, answered });
  }

  const add = (terms: [number, number][], relation: LinearConstraint['relation'], rhs: number) => {
    if (terms.length > 0) constraints.push({ terms, relation, rhs });
  };
  // Tick-boxes: one unpublished count per combination of ticks a person can give (at most 2^8), so that what a
  // condition on one such question counts is an exact sum and the tick-box bounds follow from the combinations.
  const combinations = new Map<string, { answers: string[][]; vars: number[] }>();
  for (const q of choice) {
    const answers = q.kind === 'multi' ? possibleAnswers(q)?.slice(1) : undefined;
    const own = questions.get(q.id);
    if (!answers || !own) continue;
    const vars = answers.map(() => variables.push({ kind: 'shown' }) - 1);
    combinations.set(q.id, { answers, vars });
    q.options.forEach((o, i) => {
      const having = vars.filter((_, j) => answers[j]?.includes(o.value)).map((v): [number, number] => [v, 1]);
      add([[own.cells[i] as number, -1], ...having], '=', 0);
    });
    add([[own.answered, -1], ...vars.map((v): [number, number] => [v, 1])], '=', 0);
  }
  /** e1 − e2 (relation) 0, constants moved to the right. */
  const compare = (e1: Expr, relation: LinearConstraint['relation'], e2: Expr) =>
    add([...e1.terms, ...e2.terms.map(([v, c]): [number, number] => [v, -c])], relation, e2.constant - e1.constant);
  const variable = (v: number): Expr => ({ terms: [[v, 1]], constant: 0 });
  const sum = (vs: number[]): Expr => ({ terms: vs.map((v): [number, number] => [v, 1]), constant: 0 });
  const minus = (e: Expr): Expr => ({ terms: e.terms.map(([v, c]): [number, number] => [v, -c]), constant: N - e.constant });
  const fresh = (): Expr => {
    const v = variables.push({ kind: 'shown' }) - 1;
    add([[v, 1]], '<=', N);
    return variable(v);
  };

  /**
   * Conditions settled by the answers they read alone: never true (0), always true (N), or over one question, where
   * each respondent has one answer (an option, or a combination of ticks) or none, so the count is an exact sum. Found by
   * trying every answer the questions read could have, so `not`, `any` and `all` over them come out exact.
   */
  const byEnumeration = (c: Condition): Expr | undefined => {
    const ids = [...new Set(questionsIn(c))].sort();
    const answers = ids.map((id) => possibleAnswers(choice.find((q) => q.id === id)));
    if (answers.some((a) => a === undefined) || answers.reduce((n, a) => n * (a?.length ?? 1), 1) > 4096) return undefined;
    let combos: Record<string, string[]>[] = [{}];
    ids.forEach((id, i) => (combos = combos.flatMap((partial) => (answers[i] ?? []).map((a) => ({ ...partial, [id]: a })))));
    const holds = combos.map((combo) => evaluate(c, combo));
    if (holds.every((h) => !h)) return { terms: [], constant: 0 };
    if (holds.every((h) => h)) return { terms: [], constant: N };
    if (ids.length > 1) return jointCount(c, ids);
    const only = choice.find((q) => q.id === ids[0]);
    const units = only && unitsOf(only);
    if (!only || !units) return undefined;
    const answered = questions.get(only.id)?.answered as number;
    const terms = units.filter((_, i) => holds[i + 1]).map((v): [number, number] => [v, 1]);
    return holds[0] ? { terms: [...terms, [answered, -1]], constant: N } : { terms, constant: 0 };
  };

  /** Per respondent, one answer each: the option (single) or the combination of ticks (multi), in possibleAnswers order after "none". */
  const unitsOf = (q: ChoiceQuestion): number[] | undefined => (q.kind === 'single' ? questions.get(q.id)?.cells : combinations.get(q.id)?.vars);

  const jointCount = jointTables({
    respondents: N, choice, questions, unitsOf, add,
    newVariable: () => variables.push({ kind: 'shown' }) - 1,
  });

  /** The number of respondents for whom `c` holds, exactly where the counts determine it, else a bounded unknown. */
  const shown = (c: Condition): Expr => {
    const exact = byEnumeration(c);
    if (exact) return exact;
    if ('not' in c) return minus(shown(c.not));
    if ('all' in c || 'any' in c) {
      const parts = ('all' in c ? c.all : c.any).map(shown);
      if (parts.length === 1) return parts[0] as Expr;
      const y = fresh();
      // any: at least each part, at most their sum. all: at most each part, at least what they must share.
      for (const p of parts) compare(y, 'all' in c ? '<=' : '>=', p);
      const total = { terms: parts.flatMap((p) => p.terms), constant: parts.reduce((s, p) => s + p.constant, 0) };
      if ('any' in c) compare(y, '<=', total);
      else compare(y, '>=', { ...total, constant: total.constant - (parts.length - 1) * N });
      return y;
    }
    const target = choice.find((q) => q.id === c.question);
    const vars = target && questions.get(target.id);
    // A text question's answers are never counted: a condition on one is an unknown number up to N.
    if (!target || !vars) return fresh();
    if ('answered' in c) return c.answered ? variable(vars.answered) : minus(variable(vars.answered));
    const inside = vars.cells.filter((_, i) => c.in.includes(target.options[i]?.value ?? ''));
    if (target.kind === 'single') return sum(inside);
    // Tick-boxes: whoever ticked an exclusive option ticked only that, so y = (exclusive ticks inside) + z, with z
    // the people who ticked at least one ordinary option inside: at least the largest such count, at most their sum,
    // at most the ordinary tickers, and at least the ordinary tickers less every tick on ordinary options outside.
    const exclusive = (v: number) => target.options[vars.cells.indexOf(v)]?.exclusive === true;
    const plainIn = inside.filter((v) => !exclusive(v));
    const exclusiveIn = inside.filter(exclusive);
    const plainOut = vars.cells.filter((v) => !inside.includes(v) && !exclusive(v));
    const withExclusive = (z: Expr): Expr => ({ terms: [...exclusiveIn.map((v): [number, number] => [v, 1]), ...z.terms], constant: 0 });
    if (plainIn.length <= 1) return withExclusive(sum(plainIn));
    const z = fresh();
    const plainTickers: Expr = { terms: [[vars.answered, 1], ...vars.cells.filter(exclusive).map((v): [number, number] => [v, -1])], constant: 0 };
    for (const v of plainIn) compare(z, '>=', variable(v));
    compare(z, '<=', sum(plainIn));
    compare(z, '<=', plainTickers);
    compare(z, '>=', { terms: [...plainTickers.terms, ...plainOut.map((v): [number, number] => [v, -1])], constant: 0 });
    return withExclusive(z);
  };

  for (const q of choice) {
    const { cells, answered } = questions.get(q.id) as { cells: number[]; answered: number };
    if (q.kind === 'single') {
      compare(sum(cells), '=', variable(answered));
    } else {
      // Tick-boxes: each option at most once per person, and at least one tick per person who answered.
      for (const v of cells) compare(variable(v), '<=', variable(answered));
      compare(sum(cells), '>=', variable(answered));
      // Whoever ticks an exclusive option ticks nothing else: those people and any other option's ticks are
      // different people.
      const exclusive = cells.filter((_, i) => q.options[i]?.exclusive);
      if (exclusive.length > 0) {
        compare(sum(exclusive), '<=', variable(answered));
        for (const v of cells) if (!exclusive.includes(v)) compare(sum([...exclusive, v]), '<=', variable(answered));
      }
    }
    q.options.forEach((o, i) => {
      // Offered only where both the question and the option are shown: the two conditions together, so that an
      // option whose condition contradicts its question's is known to be 0.
      const where: Condition | undefined = o.show_if && (q.show_if ? { all: [q.show_if, o.show_if] } : o.show_if);
      if (where) compare(variable(cells[i] as number), '<=', shown(where));
    });
    const asked = q.show_if ? shown(q.show_if) : { terms: [], constant: N };
    compare(variable(answered), assumeComplete && !q.optional ? '=' : '<=', asked);
    add([[answered, 1]], '<=', N);
  }
  return { respondents: N, variables, constraints, questions };
}
