import { createResponseIdSet } from './responseIdSet.js';

/**
 * Remembers response ids already seen. The first record with an id is kept and later copies are
 * counted as duplicates: a person who exports twice sends the same id twice.
 */
export function createDeduper(): { isDuplicate(responseId: string): boolean; readonly removed: number } {
  const seen = createResponseIdSet();
  let removed = 0;
  return {
    isDuplicate(responseId) {
      if (seen.add(responseId)) return false;
      removed += 1;
      return true;
    },
    get removed() {
      return removed;
    },
  };
}
