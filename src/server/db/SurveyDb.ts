import type { ResponseFile } from '../../core/survey/responseFile.js';

/**
 * What storing one response came to, as the HTTP layer needs it:
 * - `stored`: a new response id (201);
 * - `replaced`: a lower revision of the same id was there and this one took its place (201);
 * - `same`: this revision, with the same content, is already there: a resend (200);
 * - `newer`: a higher revision of this id is already there (409);
 * - `conflict`: this revision is there with different content (409);
 * - `inviteUnknown` / `inviteUsed`: invites are required and the code was not one, or was spent (403 / 409).
 */
export type PutOutcome = 'stored' | 'replaced' | 'same' | 'newer' | 'conflict' | 'inviteUnknown' | 'inviteUsed';

/**
 * The survey's database: PGlite in a folder, or a Postgres server, behind one SQL and one set of migrations; or,
 * for a class poll, memory only (memorySurveyDb), with the same outcome rules.
 * It keeps the response record's own fields and nothing else: no address, user agent or time finer than the month.
 * Invite codes are kept only as hashes, with a used mark and no link to the response they unlocked.
 */
export interface SurveyDb {
  /** `memory`: held in this process only (memorySurveyDb, for `class`), gone when it ends. */
  readonly engine: 'pglite' | 'postgres' | 'memory';
  /** The folder, or the server's URL with any password removed: safe to print. */
  readonly where: string;
  /**
   * Stores one validated response in one transaction. `inviteHash` is required when `invitesRequired` is true
   * for a new response id; a later revision of a stored id, or a resend of the same one, needs no invite.
   */
  put(response: ResponseFile, inviteHash?: string): Promise<PutOutcome>;
  /** Whether a new response needs an invite: true once any invite was ever added. */
  invitesRequired(): Promise<boolean>;
  /** Adds unused invite codes, by hash (sha256 hex of the code). */
  addInvites(hashes: readonly string[]): Promise<void>;
  /** Every stored response, highest revision only, ordered by response id, read in batches (never all at once). */
  responses(batch?: number): AsyncIterable<ResponseFile>;
  count(): Promise<number>;
  /** Throws when the database cannot be reached: what /healthz and the 503 answers rest on. */
  ping(): Promise<void>;
  close(): Promise<void>;
}
