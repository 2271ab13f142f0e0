import type { ReaderModel } from './readerModel.js';
import { ReaderIntervals } from './readerIntervals.js';

export { InconsistentModel } from './readerIntervals.js';

/**
 * Report-wide small-cell suppression with K = `minCell`: which of the model's cell and answered counts must not be
 * shown (true = hidden). `values` holds every true count, indexed like `model.variables` ('shown' entries unused).
 * The rule and its limits for survey staff: docs/suppression.md.
 *
 * Primary: every count below K is hidden, zeros included, so no report tells "nobody" from "1 to K−1".
 *
 * Secondary, the way tau-Argus protects linked tables: the reader knows the bank and the respondent total, so the
 * shown counts plus `model` (per-question sums, tick-box bounds, follow-up and option margins from show_if)
 * confine every hidden count to an interval [L, H] of whole numbers. Each hidden count x must keep:
 *   - x < K: L reaches the lowest value the bank alone allows (0 in practice) and H reaches K, or the highest the
 *     bank allows if that is lower: a reader cannot tell 0 from small, nor small from publishable;
 *   - x ≥ K (hidden only to protect others): L < H, never one possible value;
 *   - counts the bank alone pins (a required question everyone is asked, answered = respondents) are exempt.
 * Checked with an exact whole-number min/max per hidden count (ReaderIntervals). While one fails, another shown
 * count linked to it through the constraints is hidden too: the nearest link first, option counts before answered
 * counts, later options before earlier ones, then bank order. That choice never looks at the values: "hide the
 * smallest other cell, the first on ties" let a reader who replays it rule out every other split (with 7, 7, 4 at
 * K = 5 it hid 4 and the first 7, which only a = 7, c = 4 explains: the fourth derivation). Hiding only
 * widens intervals, so a count once protected stays protected and the loop ends after at most one step per count.
 *
 * K below 2 suppresses nothing, and neither does a report of nobody.
 */
export function suppressReport(model: ReaderModel, values: readonly number[], minCell: number): boolean[] {
  // With nobody in the report every count is 0 and the respondent total already says so.
  const active = minCell >= 2 && model.respondents > 0;
  const hidden = model.variables.map((v, i) => active && v.kind !== 'shown' && (values[i] ?? 0) < minCell);
  if (!active) return hidden;
  const state = new ReaderIntervals(model, values, minCell);
  state.assertTruthFits();
  const queue = hidden.flatMap((h, i) => (h ? [i] : []));
  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    while (!state.isProtected(next, hidden)) {
      const add = state.nextToHide(next, hidden);
      if (add === undefined) break; // nothing left to hide around it: the bank alone decides (documented limit)
      hidden[add] = true;
      queue.push(add);
    }
  }
  return hidden;
}
