import { retryDelayMs } from '../../core/survey/retrySchedule.js';
import type { SubmitOutcome } from '../../core/survey/submitOutcome.js';
import type { Pending } from '../../store/progressFile.js';
import type { Store } from '../../store/Store.js';
import { postResponse } from './postResponse.js';

export interface SendOptions {
  now?: () => number;
  random?: () => number;
  timeoutMs?: number;
  signal?: AbortSignal;
}

/**
 * Sends the response waiting in the store and keeps the store in step with the answer. Confirmed (201, 200): it
 * becomes the last one sent, with the address that confirmed it, and leaves the outbox. Not now (no answer, 5xx,
 * 429): it stays, with the next attempt after a backoff with jitter, never sooner than the server's Retry-After.
 * Refused: it leaves the outbox, since the same record would be refused again. Returns the outcome and how long until
 * the next try; null when stopped by `signal` before an answer (nothing changes: that was no attempt).
 */
export async function sendPending(store: Store, pending: Pending, options: SendOptions = {}): Promise<{ outcome: SubmitOutcome; laterMs: number } | null> {
  const now = options.now ?? Date.now;
  const outcome = await postResponse(pending, options);
  if (outcome === null) return null;
  if (outcome.code === 'stored' || outcome.code === 'replaced' || outcome.code === 'same') {
    const { revision, month, consentVersion } = pending.record;
    store.saveSent({ revision, digest: pending.digest, month, consentVersion, url: pending.url });
    store.savePending(null);
    return { outcome, laterMs: 0 };
  }
  if (outcome.code === 'retry') {
    const attempts = pending.attempts + 1;
    const laterMs = retryDelayMs(attempts, options.random ?? Math.random, outcome.retryAfterMs);
    store.savePending({ ...pending, attempts, nextAttemptAt: new Date(now() + laterMs).toISOString() });
    return { outcome, laterMs };
  }
  store.savePending(null);
  return { outcome, laterMs: 0 };
}
