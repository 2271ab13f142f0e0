/** How long one request to the survey server may take, from connecting to the last byte of its answer. */
export const REQUEST_TIMEOUT_MS = 10_000;
/** More than this from a survey server is not an answer we expect; it is not read further. */
const MAX_BODY = 256 * 1024;

export type Answer =
  | { status: number; body: unknown; retryAfter: string | null; location: string | null }
  /** No answer: refused, unknown host, timed out (`network`), or stopped by the caller's signal (`aborted`). */
  | { status: null; failed: 'network' | 'aborted' };

/**
 * One request with Node's own fetch. Redirects are not followed (`manual`): the caller sees the 3xx and its Location,
 * so a response is never carried to another host without the person knowing. The body is read as JSON when it is
 * JSON, else null.
 */
export async function fetchJson(url: URL, init: RequestInit, options: { timeoutMs?: number; signal?: AbortSignal } = {}): Promise<Answer> {
  const timeout = AbortSignal.timeout(options.timeoutMs ?? REQUEST_TIMEOUT_MS);
  const signal = options.signal ? AbortSignal.any([timeout, options.signal]) : timeout;
  try {
    const response = await fetch(url, { ...init, redirect: 'manual', signal });
    const text = await response.text();
    let body: unknown = null;
    if (text.length <= MAX_BODY && /json/i.test(response.headers.get('content-type') ?? '')) {
      try {
        body = JSON.parse(text);
      } catch {
        body = null;
      }
    }
    return { status: response.status, body, retryAfter: response.headers.get('retry-after'), location: response.headers.get('location') };
  } catch {
    return { status: null, failed: options.signal?.aborted ? 'aborted' : 'network' };
  }
}
