import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** The one shape of every refusal: a code for programs, the field it concerns (or null), and words for people. */
export interface ApiError {
  code: string;
  field: string | null;
  message: string;
}

export function apiError(c: Context, status: ContentfulStatusCode, error: ApiError, extra: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
  return c.json({ ...extra, error }, status, headers);
}

/**
 * A database call that failed: the database is down or unreachable (the usual case), and the request can be tried
 * again. createApp answers 503 with Retry-After for it, instead of a 500 that would say the request itself was wrong.
 */
export class DbUnavailable extends Error {
  constructor(cause: unknown) {
    super('database unavailable', { cause });
  }
}

/** Runs one database call, turning whatever it throws into DbUnavailable. */
export async function fromDb<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw new DbUnavailable(error);
  }
}
