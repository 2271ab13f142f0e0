/** The first wait after a failed send; each later failure doubles the ceiling. */
export const RETRY_BASE_MS = 30_000;
/** The ceiling never grows past six hours: a response queued for days is still tried a few times a day. */
export const RETRY_MAX_MS = 6 * 60 * 60 * 1000;
/** A server's Retry-After is obeyed up to a day; more than that is treated as a day, so a bad header cannot park a response forever. */
export const RETRY_AFTER_MAX_MS = 24 * 60 * 60 * 1000;

/**
 * How long to wait before the next attempt, after `failures` failed sends in a row (1 after the first). Exponential
 * backoff with full jitter (a random wait between 0 and the ceiling): many respondents queued by one outage do not
 * come back at the same moment. A server's Retry-After is the least wait. `random` returns [0, 1), as Math.random.
 */
export function retryDelayMs(failures: number, random: () => number, retryAfterMs: number | null = null): number {
  const doublings = Math.max(0, Math.min(failures, 64) - 1);
  const ceiling = Math.min(RETRY_MAX_MS, RETRY_BASE_MS * 2 ** doublings);
  const jittered = Math.floor(Math.min(Math.max(random(), 0), 1) * ceiling);
  const least = retryAfterMs === null ? 0 : Math.min(Math.max(retryAfterMs, 0), RETRY_AFTER_MAX_MS);
  return Math.max(jittered, least);
}

/** A Retry-After header in seconds (the form the survey server sends) as milliseconds; null when absent or not a number of seconds. */
export function retryAfterMs(header: string | null): number | null {
  if (header === null || !/^\s*\d{1,9}\s*$/.test(header)) return null;
  return Number(header.trim()) * 1000;
}

/** Whether a queued response is due: its next attempt time has come, or cannot be read (then try now rather than never). */
export function isDue(nextAttemptAt: string, nowMs: number): boolean {
  const at = Date.parse(nextAttemptAt);
  return Number.isNaN(at) || at <= nowMs;
}
