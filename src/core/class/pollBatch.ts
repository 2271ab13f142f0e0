/**
 * When the class poll's projector view may show a new snapshot. Counts are of changes to the stored responses
 * (a new response, or a later revision replacing one), counted since the poll began: `changes` so far, and
 * `shownChanges` in the snapshot on screen. Between two snapshots at least `minCell` (K) changes always lie, so
 * nobody's answer can be read off the difference: it is the sum of K or more people's.
 *
 * - `arrival` (a response came in): a snapshot once `autoBatch` changes wait (at least K; 2K by default);
 * - `request` (the teacher pressed `u`): a snapshot once K changes wait.
 */
export type PollTrigger = 'arrival' | 'request';

export interface PollCounts {
  changes: number;
  shownChanges: number;
}

export interface PollBatchRule {
  minCell: number;
  /** Changes that update the view by themselves; raised to minCell when lower. */
  autoBatch?: number;
}

export type PollDecision =
  | { publish: true; waiting: number }
  /** `needed`: how many more changes must come in before this trigger would publish. */
  | { publish: false; waiting: number; needed: number };

/** The default automatic batch for a class with K = minCell: twice K, so `u` is worth pressing in between. */
export function defaultAutoBatch(minCell: number): number {
  return 2 * minCell;
}

export function pollDecision(counts: PollCounts, trigger: PollTrigger, rule: PollBatchRule): PollDecision {
  const waiting = Math.max(0, counts.changes - counts.shownChanges);
  const k = Math.max(1, rule.minCell);
  const threshold = trigger === 'request' ? k : Math.max(k, rule.autoBatch ?? defaultAutoBatch(k));
  if (waiting >= threshold) return { publish: true, waiting };
  return { publish: false, waiting, needed: threshold - waiting };
}
