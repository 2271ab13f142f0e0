import { maximizeLinear, type LinearConstraint, type LinearProblem } from './linearProgram.js';

export interface IntegerExtreme {
  /** The best whole-number value found for the variable, with a whole-number point that reaches it. */
  witness: { value: number; point: number[] } | undefined;
  /** False when the search stopped at its node limit: a better value may exist. */
  proven: boolean;
  /** Unbounded in that direction (never in suppression models, where every count is at most the respondents). */
  unbounded: boolean;
}

const INTEGRAL = 1e-6;

/**
 * The smallest (or largest) whole-number value `variable` can take in `problem`, by depth-first branch and bound
 * over the linear relaxation. Cell counts are whole numbers, and a relaxation can be wider than the whole-number
 * answer, so an interval computed from the relaxation alone could call a cell protected when only one whole number
 * fits. Most suppression models are network-like and the first relaxation is already integral; the node limit
 * keeps the rare others bounded in time, and callers treat an unproven answer conservatively.
 */
export function integerExtreme(problem: LinearProblem, variable: number, direction: 'min' | 'max', nodeLimit = 200): IntegerExtreme {
  const sign = direction === 'max' ? 1 : -1;
  let best: { value: number; point: number[] } | undefined;
  let nodes = 0;
  const stack: LinearConstraint[][] = [[]];
  while (stack.length > 0) {
    if (nodes >= nodeLimit) return { witness: best, proven: false, unbounded: false };
    nodes += 1;
    const extra = stack.pop() as LinearConstraint[];
    // The root is the caller's own program object, so maximizeLinear can reuse its phase one across objectives.
    const node = extra.length === 0 ? problem : { ...problem, constraints: [...problem.constraints, ...extra] };
    const result = maximizeLinear(node, [[variable, sign]]);
    if (result.status === 'unbounded') return { witness: best, proven: false, unbounded: true };
    if (result.status === 'infeasible') continue;
    // Whole-number bound on this subtree; prune when it cannot beat the best found.
    const bound = Math.floor(result.value + INTEGRAL);
    if (best !== undefined && bound <= sign * best.value) continue;
    const fractional = result.point.findIndex((v) => Math.abs(v - Math.round(v)) > INTEGRAL);
    if (fractional < 0) {
      const point = result.point.map(Math.round);
      best = { value: point[variable] ?? 0, point };
      continue;
    }
    const v = result.point[fractional] ?? 0;
    stack.push([...extra, { terms: [[fractional, 1]], relation: '>=', rhs: Math.ceil(v) }]);
    stack.push([...extra, { terms: [[fractional, 1]], relation: '<=', rhs: Math.floor(v) }]);
  }
  return { witness: best, proven: true, unbounded: false };
}
