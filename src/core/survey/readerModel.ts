import type { Condition } from '../bank/condition.js';
import type { Bank, ChoiceQuestion } from '../bank/schema.js';
import type { LinearConstraint } from './linearProgram.js';

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

type Expr = { terms: [number, number][]; constant: number };

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
  const choice = bank.questions.filter((q): q is ChoiceQuestion & { section: string } => q.kind !== 'text');
  for (const q of choice) {
    const cells = q.options.map((_, option) => variables.push({ kind: 'cell', question: q.id, option }) - 1);
    const answered = variables.push({ kind: 'answered', question: q.id }) - 1;
    questions.set(q.id, { cells, answered });
  }

  const add = (terms: [number, number][], relation: LinearConstraint['relation'], rhs: number) => {
    if (terms.length > 0) constraints.push({ terms, relation, rhs });
  };
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

  /** The number of respondents for whom `c` holds, exactly where the counts determine it, else a bounded unknown. */
  const shown = (c: Condition): Expr => {
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
      if (o.show_if) compare(variable(cells[i] as number), '<=', shown(o.show_if));
    });
    const asked = q.show_if ? shown(q.show_if) : { terms: [], constant: N };
    compare(variable(answered), assumeComplete && !q.optional ? '=' : '<=', asked);
    add([[answered, 1]], '<=', N);
  }
  return { respondents: N, variables, constraints, questions };
}
