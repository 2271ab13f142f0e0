export interface Suppression {
  /** Per cell, in the order given: true when its count must not be shown. */
  cells: boolean[];
  /** True when the denominator must not be shown either. */
  answered: boolean;
}

/**
 * Small-cell suppression for one question's counts, with K = `minCell`.
 *
 * Primary: a count from 1 to K−1 is suppressed. When 1 ≤ answered < K the denominator is suppressed too, and with it
 * every cell, zeros included: each nonzero cell is at most `answered`, so small anyway, and a shown 0 beside one
 * hidden cell would still say "all of these few people chose that option" (and `answered` may be inferred from the
 * respondent count when everyone is asked the question).
 *
 * Complementary, single-choice only: there the counts add up to `answered`, so a reader can compute the suppressed
 * cells' total S = answered − (sum of shown cells). The suppressed set of n cells is safe when n = 0, or when n ≥ 2,
 * S ≥ K (the combined cell is not itself small) and S > n (otherwise every suppressed cell would have to be exactly 1).
 * Until it is safe, the smallest cell not yet suppressed is added, nonzero cells first. Zeros come last because
 * adding one never makes the set safe (it raises n, not S); once only zeros are left, every cell ends up suppressed
 * and, still unsafe (e.g. all ones), the denominator is suppressed as well, so S is unknown.
 *
 * Multi-choice: each respondent may tick several options, so the counts are not tied to `answered` (or to each other)
 * by any sum and no subtraction recovers a suppressed cell: only the primary rules apply.
 *
 * K below 2 suppresses nothing.
 */
export function suppress(counts: readonly number[], answered: number, kind: 'single' | 'multi', minCell: number): Suppression {
  const small = (n: number) => n >= 1 && n < minCell;
  const cells = counts.map(small);
  if (small(answered)) return { cells: counts.map(() => true), answered: true };
  if (kind === 'multi') return { cells, answered: false };

  for (;;) {
    let n = 0;
    let shown = 0;
    counts.forEach((c, i) => {
      if (cells[i]) n += 1;
      else shown += c;
    });
    const hidden = answered - shown;
    if (n === 0 || (n >= 2 && hidden >= minCell && hidden > n)) return { cells, answered: false };
    const next = smallestShown(counts, cells);
    if (next === undefined) return { cells, answered: true };
    cells[next] = true;
  }
}

/** Index of the smallest cell still shown, preferring nonzero cells; the first such cell on ties. */
function smallestShown(counts: readonly number[], cells: readonly boolean[]): number | undefined {
  let best: number | undefined;
  counts.forEach((c, i) => {
    if (cells[i]) return;
    const b = best === undefined ? undefined : counts[best];
    if (b === undefined || (c > 0 && (b === 0 || c < b))) best = i;
  });
  return best;
}
