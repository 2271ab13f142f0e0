/** What the store keeps about the last export (src/store/progressFile.ts `sent`). */
export interface LastSent {
  revision: number;
  digest: string;
  month: string;
}

/**
 * The revision and month of the record an export is about to send. The same content as last time (same digest of
 * bank, consent version and answers) is the same record: same revision, same month, so sending it twice is a
 * duplicate. Anything changed is the next revision, stamped with this month; collect keeps the highest.
 */
export function nextRevision(last: LastSent | null, digest: string, month: string): { revision: number; month: string; changed: boolean } {
  if (last && last.digest === digest) return { revision: last.revision, month: last.month, changed: false };
  return { revision: (last?.revision ?? 0) + 1, month, changed: true };
}
