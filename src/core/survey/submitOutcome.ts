import { retryAfterMs } from './retrySchedule.js';

/** Codes the survey server puts in `error.code` that the respondent's side words on its own. */
const KNOWN_409 = new Set(['newer', 'conflict', 'inviteUsed', 'bankVersion']);

/** What became of one POST of a response record, as a code: src/messages/submitWords.ts words it. */
export type SubmitOutcome =
  /** 201: the server keeps it now (`replaced`: it was a newer revision of one it had). */
  | { code: 'stored' | 'replaced' }
  /** 200: the server already had this very record (a resend). */
  | { code: 'same' }
  /** The server said no: sending the same record again would get the same answer. */
  | { code: 'newer' | 'conflict' | 'bankVersion' | 'inviteUsed' | 'inviteUnknown' | 'refused'; status: number; field: string | null; message: string | null }
  /** It answered with a redirect: not followed, another host could be anyone. */
  | { code: 'redirect'; status: number; location: string | null }
  /** Not now (down, overloaded, too fast, no answer): keep the record and try later, not before `retryAfterMs`. */
  | { code: 'retry'; status: number | null; retryAfterMs: number | null };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown): string | null => (typeof v === 'string' && v.length > 0 ? v.slice(0, 300) : null);

/**
 * The outcome of a POST /api/v1/responses from the server's status, its JSON body (or null) and its Retry-After and
 * Location headers. Anything the contract does not name is read by its class: another 5xx is a retry, another 4xx a
 * refusal, so an unexpected answer never loses the record nor makes it be sent forever.
 */
export function submitOutcome(status: number, body: unknown, headers: { retryAfter: string | null; location: string | null }): SubmitOutcome {
  const error = isObject(body) && isObject(body.error) ? body.error : {};
  const detail = { status, field: text(error.field), message: text(error.message) };
  if (status === 201) return { code: isObject(body) && body.status === 'replaced' ? 'replaced' : 'stored' };
  if (status === 200) return { code: 'same' };
  if (status === 429 || status === 408 || status >= 500) return { code: 'retry', status, retryAfterMs: retryAfterMs(headers.retryAfter) };
  if (status >= 300 && status < 400) return { code: 'redirect', status, location: headers.location };
  if (status === 409 && typeof error.code === 'string' && KNOWN_409.has(error.code)) return { code: error.code as 'newer', ...detail };
  if (status === 403 && error.code === 'inviteUnknown') return { code: 'inviteUnknown', ...detail };
  return { code: 'refused', ...detail };
}
