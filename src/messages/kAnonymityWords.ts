import type { KSummary } from '../core/survey/kAnonymity.js';
import type { KAnonymized } from '../core/survey/kAnonymize.js';

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

/** What `collect --k-anonymity K` changed: values blanked per quasi-identifier, the answers that went with them. */
export function kAnonymizedLine(identifiers: readonly string[], k: number, changes: KAnonymized): string {
  if (changes.records === 0) return `--k-anonymity ${k}: nothing to change; every record already shares its combination with at least ${k - 1} others.`;
  const blanked = identifiers.flatMap((id, q) => ((changes.blanked[q] ?? 0) > 0 ? [`${id} in ${changes.blanked[q]}`] : []));
  const dependants = changes.dependants === 0 ? '' : `; ${changes.dependants} answer${changes.dependants === 1 ? '' : 's'} shown only because of a blanked one dropped too`;
  return `--k-anonymity ${k}: ${changes.records} record${changes.records === 1 ? '' : 's'} changed, values blanked: ${blanked.join(', ')}${dependants}.`;
}
