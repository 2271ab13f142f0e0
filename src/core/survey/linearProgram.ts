/** One linear constraint over non-negative variables: Σ coefficient × variable (relation) rhs. */
export interface LinearConstraint {
  terms: ReadonlyArray<readonly [variable: number, coefficient: number]>;
  relation: '<=' | '>=' | '=';
  rhs: number;
}

export interface LinearProblem {
  variableCount: number;
  constraints: readonly LinearConstraint[];
}

export type LinearResult = { status: 'optimal'; value: number; point: number[] } | { status: 'infeasible' } | { status: 'unbounded' };

const EPS = 1e-9;

/**
 * Maximizes Σ objective over `problem` (every variable ≥ 0) with a dense two-phase simplex (Dantzig's rule, then
 * Bland's if it runs long). The suppression models here have at most a few hundred variables with coefficients
 * ±1 and whole-number right-hand sides, so a dense tableau in doubles stays exact enough: callers round the
 * optimum and re-check integrality themselves (integerExtreme). Written here rather than taken from npm so the
 * solver is small, deterministic and has no floating-point heuristics we cannot see.
 */
export function maximizeLinear(problem: LinearProblem, objective: ReadonlyArray<readonly [number, number]>): LinearResult {
  let start = feasibleStart.get(problem);
  if (start === undefined) {
    start = phaseOne(problem);
    feasibleStart.set(problem, start);
  }
  if (start === 'infeasible' || start === 'unbounded') return { status: start };
  const { n, width, firstArtificial } = start;
  const rhsAt = width;
  const table = start.table.map((row) => row.slice());
  const basis = start.basis.slice();
  const phase2 = new Float64Array(width);
  for (const [v, c] of objective) phase2[v] = (phase2[v] ?? 0) + c;
  if (!runSimplex(table, basis, phase2, width, firstArtificial)) return { status: 'unbounded' };
  const point = new Array<number>(n).fill(0);
  basis.forEach((b, i) => {
    if (b < n) point[b] = (table[i] as Float64Array)[rhsAt] ?? 0;
  });
  return { status: 'optimal', value: objectiveValue(table, basis, phase2, rhsAt), point };
}

/** Pivots until no column below `enterLimit` improves the objective; false when unbounded. */
function runSimplex(table: Float64Array[], basis: number[], cost: Float64Array, width: number, enterLimit: number): boolean {
  let pivots = 0;
  const blandAfter = 50 + 5 * (table.length + width);
  // Reduced costs: cost − Σ over basic rows of (basic cost × row), computed once and then updated per pivot.
  const reduced = cost.slice(0, width);
  const basic = new Uint8Array(width);
  table.forEach((row, i) => {
    const b = basis[i] ?? 0;
    basic[b] = 1;
    const cb = cost[b] ?? 0;
    if (cb !== 0) for (let j = 0; j < width; j += 1) reduced[j] = (reduced[j] ?? 0) - cb * (row[j] ?? 0);
  });
  for (;;) {
    // Dantzig's rule (largest reduced cost) takes far fewer pivots; after many pivots, which only degenerate
    // cycling explains, Bland's rule (first improving column) takes over, which cannot cycle.
    const bland = (pivots += 1) > blandAfter;
    let entering = -1;
    let best = EPS;
    for (let j = 0; j < enterLimit; j += 1) {
      const r = reduced[j] ?? 0;
      if (basic[j] !== 0 || r <= best) continue;
      entering = j;
      if (bland) break;
      best = r;
    }
    if (entering < 0) return true;
    let leaving = -1;
    let bestRatio = Infinity;
    table.forEach((row, i) => {
      const a = row[entering] ?? 0;
      if (a <= EPS) return;
      const ratio = (row[width] ?? 0) / a;
      if (ratio < bestRatio - EPS || (ratio <= bestRatio + EPS && leaving >= 0 && (basis[i] ?? 0) < (basis[leaving] ?? 0))) {
        bestRatio = Math.min(bestRatio, ratio);
        leaving = i;
      }
    });
    if (leaving < 0) return false;
    basic[basis[leaving] ?? 0] = 0;
    basic[entering] = 1;
    pivot(table, basis, leaving, entering, width);
    const row = table[leaving] as Float64Array;
    const f = reduced[entering] ?? 0;
    for (let j = 0; j < width; j += 1) reduced[j] = (reduced[j] ?? 0) - f * (row[j] ?? 0);
  }
}

function pivot(table: Float64Array[], basis: number[], r: number, c: number, width: number): void {
  const row = table[r] as Float64Array;
  const p = row[c] ?? 1;
  for (let j = 0; j <= width; j += 1) row[j] = (row[j] ?? 0) / p;
  table.forEach((other, i) => {
    if (i === r) return;
    const f = other[c] ?? 0;
    if (f === 0) return;
    for (let j = 0; j <= width; j += 1) other[j] = (other[j] ?? 0) - f * (row[j] ?? 0);
  });
  basis[r] = c;
}

function objectiveValue(table: Float64Array[], basis: number[], cost: Float64Array, rhsAt: number): number {
  return table.reduce((sum, row, i) => sum + (cost[basis[i] ?? 0] ?? 0) * (row[rhsAt] ?? 0), 0);
}

interface Start {
  n: number;
  width: number;
  firstArtificial: number;
  table: Float64Array[];
  basis: number[];
}

/**
 * Phase one depends only on the constraints, and the suppression check asks several objectives (min and max of
 * different counts) of the same program: its feasible starting tableau is kept per program object.
 */
const feasibleStart = new WeakMap<LinearProblem, Start | 'infeasible' | 'unbounded'>();

function phaseOne(problem: LinearProblem): Start | 'infeasible' | 'unbounded' {
  const n = problem.variableCount;
  const rows = problem.constraints.map((c) => {
    const flip = c.rhs < 0;
    const sign = flip ? -1 : 1;
    const relation = !flip || c.relation === '=' ? c.relation : c.relation === '<=' ? '>=' : '<=';
    return { terms: c.terms, sign, relation, rhs: c.rhs * sign };
  });
  const m = rows.length;
  const slackCount = rows.filter((r) => r.relation !== '=').length;
  const artificialCount = rows.filter((r) => r.relation !== '<=').length;
  const width = n + slackCount + artificialCount;
  const rhsAt = width;
  const firstArtificial = n + slackCount;
  const table: Float64Array[] = [];
  const basis: number[] = [];
  let slack = n;
  let artificial = firstArtificial;
  for (const r of rows) {
    const row = new Float64Array(width + 1);
    for (const [v, c] of r.terms) row[v] = (row[v] ?? 0) + c * r.sign;
    row[rhsAt] = r.rhs;
    if (r.relation === '<=') {
      row[slack] = 1;
      basis.push(slack++);
    } else {
      if (r.relation === '>=') row[slack++] = -1;
      row[artificial] = 1;
      basis.push(artificial++);
    }
    table.push(row);
  }

  const cost = new Float64Array(width);
  for (let j = firstArtificial; j < width; j += 1) cost[j] = -1;
  if (!runSimplex(table, basis, cost, width, width)) return 'unbounded';
  if (objectiveValue(table, basis, cost, rhsAt) < -1e-7) return 'infeasible';
  // Artificials still basic (at zero) are pivoted out where a real column can take their place; rows where none
  // can are redundant and stay as they are, since artificial columns may never re-enter in phase two.
  for (let i = 0; i < m; i += 1) {
    if ((basis[i] ?? 0) < firstArtificial) continue;
    const row = table[i] as Float64Array;
    for (let j = 0; j < firstArtificial; j += 1) {
      if (Math.abs(row[j] ?? 0) > EPS) {
        pivot(table, basis, i, j, width);
        break;
      }
    }
  }

  return { n, width, firstArtificial, table, basis };
}
