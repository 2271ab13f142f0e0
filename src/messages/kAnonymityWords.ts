import type { KSummary } from '../core/survey/kAnonymity.js';

/**
 * collect's line on how easily a record can be singled out by its quasi-identifiers: the smallest group of records
 * that share all of them (k), and how many records are in groups smaller than `threshold`.
 */
export function kAnonymityLine(identifiers: readonly string[], summary: KSummary, threshold = 5): string {
  const share = summary.records === 0 ? 0 : Math.round((summary.below * 1000) / summary.records) / 10;
  return (
    `k-anonymity over ${identifiers.join(', ')}: the smallest group sharing all of them has ${summary.smallestK} record${summary.smallestK === 1 ? '' : 's'}; ` +
    `${summary.below} of ${summary.records} (${share}%) are in groups smaller than ${threshold}.`
  );
}
