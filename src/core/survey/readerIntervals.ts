import { integerExtreme } from './integerExtreme.js';
import { maximizeLinear, type LinearConstraint, type LinearProblem } from './linearProgram.js';
import type { ReaderModel } from './readerModel.js';

/** Thrown when the published counts contradict the model: the caller retries without the completeness assumption. */
export class InconsistentModel extends Error {}

/**
 * The whole-number intervals a reader can narrow each hidden count to, and the protection rule over them (see
 * suppressReport). Keeps every solution it meets: hiding more only widens what the reader allows, so a solution
 * found earlier stays a valid witness for the rest of the run.
 */
export class ReaderIntervals {
  /** Smallest and largest value seen for each variable in any whole-number solution found so far. */
  private readonly low: number[];
  private readonly high: number[];
  private readonly structural = new Map<number, [number, number] | undefined>();
  private readonly linked: number[][];

  constructor(
    private readonly model: ReaderModel,
    private readonly values: readonly number[],
    private readonly minCell: number,
  ) {
    // The true counts are themselves one solution the reader cannot rule out.
    this.low = model.variables.map((m, i) => (m.kind === 'shown' ? Infinity : (values[i] ?? 0)));
    this.high = model.variables.map((m, i) => (m.kind === 'shown' ? -Infinity : (values[i] ?? 0)));
    this.linked = model.variables.map(() => []);
    for (const c of model.constraints) for (const [v] of c.terms) this.linked[v]?.push(...c.terms.map(([w]) => w));
  }

  /**
   * The true counts must satisfy the model, or the intervals below would describe some other survey: a count the
   * model gets wrong is not "hidden" from a reader who assumes it, it is misstated to them.
   */
  assertTruthFits(): void {
    const { problem } = this.reader(this.model.variables.map(() => false));
    if (maximizeLinear(problem, []).status === 'infeasible') throw new InconsistentModel();
  }

  isProtected(v: number, hidden: readonly boolean[]): boolean {
    const x = this.values[v] ?? 0;
    let [lo, hi] = x < this.minCell ? [0, this.minCell] : [x - 1, x + 1];
    const either = x >= this.minCell;
    if (this.reaches(v, lo, hi, either, hidden)) return true;
    const bank = this.bankInterval(v);
    if (bank === undefined) return false;
    if (bank[0] === bank[1]) return true;
    if (either) return false;
    [lo, hi] = [Math.max(lo, bank[0]), Math.min(hi, bank[1])];
    return this.reaches(v, lo, hi, false, hidden);
  }

  /** Whether whole-number solutions exist with v ≤ lo and (or, when `either`) with v ≥ hi. */
  private reaches(v: number, lo: number, hi: number, either: boolean, hidden: readonly boolean[]): boolean {
    const down = () => (this.low[v] ?? Infinity) <= lo || this.extreme(v, 'min', hidden) <= lo;
    const up = () => (this.high[v] ?? -Infinity) >= hi || this.extreme(v, 'max', hidden) >= hi;
    return either ? down() || up() : down() && up();
  }

  private extreme(v: number, direction: 'min' | 'max', hidden: readonly boolean[]): number {
    const { problem, toModel } = this.component(v, hidden);
    const lp = toModel.indexOf(v);
    const result = integerExtreme(problem, lp, direction);
    if (result.unbounded) return direction === 'max' ? Infinity : -Infinity;
    if (!result.witness) {
      if (result.proven) throw new InconsistentModel();
      return direction === 'max' ? -Infinity : Infinity;
    }
    const full = this.values.slice();
    toModel.forEach((m, i) => (full[m] = result.witness?.point[i] ?? 0));
    full.forEach((value, i) => {
      this.low[i] = Math.min(this.low[i] ?? Infinity, value);
      this.high[i] = Math.max(this.high[i] ?? -Infinity, value);
    });
    // Any whole-number solution is a witness that the reader cannot rule its value out, proven optimal or not;
    // an unproven search only means a wider interval may have been missed, which errs towards hiding more.
    return result.witness.value;
  }

  /** The interval the bank and the respondent total alone allow (everything hidden); undefined if not proven. */
  private bankInterval(v: number): [number, number] | undefined {
    if (!this.structural.has(v)) {
      const all = this.model.variables.map(() => true);
      const { problem, toModel } = this.component(v, all);
      const lp = toModel.indexOf(v);
      const min = integerExtreme(problem, lp, 'min');
      const max = integerExtreme(problem, lp, 'max');
      const ok = min.proven && max.proven && min.witness && max.witness;
      this.structural.set(v, ok ? [min.witness?.value ?? 0, max.witness?.value ?? 0] : undefined);
    }
    return this.structural.get(v);
  }

  /** The first shown count (see rank) sharing a constraint with what the reader cannot see around `v`. */
  nextToHide(v: number, hidden: readonly boolean[]): number | undefined {
    const seen = new Set([v]);
    let frontier = [v];
    while (frontier.length > 0) {
      const candidates: number[] = [];
      const next: number[] = [];
      for (const f of frontier) {
        for (const w of this.linked[f] ?? []) {
          if (seen.has(w)) continue;
          seen.add(w);
          if (this.model.variables[w]?.kind !== 'shown' && !hidden[w]) candidates.push(w);
          else next.push(w);
        }
      }
      if (candidates.length > 0) return candidates.sort((a, b) => this.rank(a) - this.rank(b) || a - b)[0];
      frontier = next;
    }
    return undefined;
  }

  /**
   * Option counts before answered counts (percentages need the latter), then later options first: banks list the
   * common answers first and "other" or "not sure" last, so this tends to give up small cells without ever
   * looking at a value.
   */
  private rank(v: number): number {
    const m = this.model.variables[v];
    return m?.kind === 'answered' ? 1000 : m?.kind === 'cell' ? -m.option : 0;
  }

  private components = new Map<string, { problem: LinearProblem; toModel: number[] }>();

  /**
   * Only the constraints connected to `v` through unknowns: the rest cannot move it, and any solution of this part
   * combined with the true counts elsewhere is a solution of the whole. Keeps each program small.
   */
  private component(v: number, hidden: readonly boolean[]): { problem: LinearProblem; toModel: number[] } {
    const whole = this.reader(hidden);
    const start = whole.toModel.indexOf(v);
    const key = `${whole.key}:${start}`;
    const cached = this.components.get(key);
    if (cached) return cached;
    const reach = new Set([start]);
    const rows: LinearConstraint[] = [];
    const used = whole.problem.constraints.map(() => false);
    for (let grew = true; grew; ) {
      grew = false;
      whole.problem.constraints.forEach((c, i) => {
        if (used[i] || !c.terms.some(([w]) => reach.has(w))) return;
        used[i] = true;
        grew = true;
        rows.push(c);
        for (const [w] of c.terms) reach.add(w);
      });
    }
    const members = [...reach].sort((a, b) => a - b);
    const local = new Map(members.map((m, i) => [m, i]));
    const problem = {
      variableCount: members.length,
      constraints: rows.map((c) => ({ ...c, terms: c.terms.map(([w, k]): [number, number] => [local.get(w) ?? 0, k]) })),
    };
    const result = { problem, toModel: members.map((m) => whole.toModel[m] ?? 0) };
    for (const m of members) this.components.set(`${whole.key}:${m}`, result);
    return result;
  }

  private cache: { key: string; problem: LinearProblem; toModel: number[] } | undefined;

  /** The reader's problem: shown counts become constants, hidden counts and 'shown' unknowns stay variables. */
  private reader(hidden: readonly boolean[]): { key: string; problem: LinearProblem; toModel: number[] } {
    const key = hidden.map((h) => (h ? 1 : 0)).join('');
    if (this.cache?.key === key) return this.cache;
    const toModel: number[] = [];
    const toLp = this.model.variables.map((m, i) => (m.kind === 'shown' || hidden[i] ? toModel.push(i) - 1 : -1));
    const constraints: LinearConstraint[] = [];
    for (const c of this.model.constraints) {
      let rhs = c.rhs;
      const terms: [number, number][] = [];
      for (const [v, k] of c.terms) {
        const lp = toLp[v] ?? -1;
        if (lp < 0) rhs -= k * (this.values[v] ?? 0);
        else terms.push([lp, k]);
      }
      if (terms.length > 0) constraints.push({ terms, relation: c.relation, rhs });
      else if (c.relation === '=' ? rhs !== 0 : c.relation === '<=' ? rhs < 0 : rhs > 0) throw new InconsistentModel();
    }
    this.cache = { key, problem: { variableCount: toModel.length, constraints }, toModel };
    return this.cache;
  }
}
