import { createHash, randomInt } from 'node:crypto';

/** Crockford's base32 letters: no I, L, O or U, so a code read aloud or copied by hand is not mistaken. */
const LETTERS = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * `count` new single-use invite codes such as `7KQ2-M9XD-4HRT`: 12 letters, 60 random bits each, so guessing one of
 * even 100,000 codes takes about 10^13 tries, far beyond what the rate limit lets through.
 */
export function newInviteCodes(count: number): string[] {
  return Array.from({ length: count }, () => {
    const letters = Array.from({ length: 12 }, () => LETTERS[randomInt(LETTERS.length)]).join('');
    return `${letters.slice(0, 4)}-${letters.slice(4, 8)}-${letters.slice(8)}`;
  });
}

/**
 * A class poll's code, such as `7KQ2-M9XD`: one code the whole class types, 40 random bits. The server lives for one
 * lesson and takes records only with it; short enough to copy from a projector.
 */
export function newClassCode(): string {
  const letters = Array.from({ length: 8 }, () => LETTERS[randomInt(LETTERS.length)]).join('');
  return `${letters.slice(0, 4)}-${letters.slice(4)}`;
}

/** An invite code as people copy it: case, spaces and dashes do not matter. Only this sha256 reaches the database. */
export function inviteHash(code: string): string {
  return createHash('sha256').update(code.toUpperCase().replace(/[^0-9A-Z]/g, ''), 'utf8').digest('hex');
}
