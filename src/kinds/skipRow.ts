import type { OfferedRow } from './KindCore.js';

/**
 * The row that leaves an optional single choice empty; '' is the answer the reducer accepts. The one place the rule
 * lives: only a single choice has it (a tick-box list is skipped by ticking nothing, a field by leaving it empty), and
 * every list, number range and key help counts `offered`, which includes it.
 */
export const SKIP_ROW: OfferedRow = { value: '', label: 'Skip this question' };

/** Whether a list of offered rows ends with the Skip row (an optional single choice): skipping is then a row's number. */
export function hasSkipRow(rows: readonly OfferedRow[]): boolean {
  return rows.includes(SKIP_ROW);
}
