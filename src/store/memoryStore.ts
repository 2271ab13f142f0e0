import type { SavedProgress } from '../core/flow/flowReducer.js';
import type { BankStamp, Opened, Store } from './Store.js';
import type { Pending, Sent } from './progressFile.js';

/** A store that forgets everything when the process ends: demos and tests. */
export function memoryStore(initial?: { progress: SavedProgress; bank: BankStamp }): Store & { saves: number } {
  let saved = initial ?? null;
  let responseId: string | null = null;
  let sent: Sent | null = null;
  let pending: Pending | null = null;
  return {
    location: '(memory)',
    saves: 0,
    open(): Opened {
      return { progress: saved?.progress ?? null, bank: saved?.bank ?? null, notes: [], responseId, sent, pending };
    },
    save(progress, bank) {
      saved = { progress, bank };
      this.saves += 1;
    },
    lock() {
      return { ok: true, release: () => {} };
    },
    saveResponseId(id) {
      responseId = id;
    },
    saveSent(last) {
      sent = last;
    },
    savePending(waiting) {
      pending = waiting === null ? null : structuredClone(waiting);
    },
    reset() {
      saved = null;
      responseId = null;
      sent = null;
      pending = null;
      return [];
    },
  };
}
