import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** A new staff token: 32 random bytes, base64url, so it fits a header and a shell variable unquoted. */
export function newStaffToken(): string {
  return randomBytes(32).toString('base64url');
}

/** What the server keeps to check a token: its sha256, never the token itself. */
export function hashStaffToken(token: string): Buffer {
  return createHash('sha256').update(token.trim(), 'utf8').digest();
}

/**
 * Whether an `Authorization` header carries the token with this hash. Both sides are compared as sha256 digests of
 * the same length with timingSafeEqual, so the time taken says nothing about how much of a guess was right.
 */
export function bearerMatches(header: string | undefined, hash: Buffer): boolean {
  const match = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(header ?? '');
  const presented = hashStaffToken(match?.[1] ?? '');
  return timingSafeEqual(presented, hash) && match !== null;
}
