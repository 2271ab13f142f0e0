import { submitOutcome, type SubmitOutcome } from '../../core/survey/submitOutcome.js';
import type { Pending } from '../../store/progressFile.js';
import { endpoint } from './endpoint.js';
import { fetchJson } from './fetchJson.js';

/**
 * POST /api/v1/responses with the exact record that was agreed to, and the invite code when there is one. No answer
 * at all is a retry; null when the caller's signal stopped it (the interview ended first): that was no attempt.
 */
export async function postResponse(pending: Pending, options: { timeoutMs?: number; signal?: AbortSignal } = {}): Promise<SubmitOutcome | null> {
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
  if (pending.invite !== undefined) headers['x-invite-code'] = pending.invite;
  const answer = await fetchJson(endpoint(pending.url, '/api/v1/responses'), { method: 'POST', headers, body: JSON.stringify(pending.record) }, options);
  if (answer.status === null) return answer.failed === 'aborted' ? null : { code: 'retry', status: null, retryAfterMs: null };
  return submitOutcome(answer.status, answer.body, answer);
}
