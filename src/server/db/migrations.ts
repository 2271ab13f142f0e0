/**
 * The survey database's schema, one numbered step at a time. A step, once released, is never edited: a change is a
 * new step. The same SQL runs on PGlite and on Postgres.
 *
 * Stored on purpose and nothing else: the response record's own fields. No address, user agent or time finer than
 * the month (the record's `month`); invite codes only as sha256 hashes, with a used mark and no link to a response.
 */
export const MIGRATIONS: readonly { version: number; sql: string }[] = [
  {
    version: 1,
    sql: `
      CREATE TABLE responses (
        response_id uuid PRIMARY KEY,
        revision integer NOT NULL CHECK (revision >= 1),
        consent_version text NOT NULL,
        bank_id text NOT NULL,
        bank_version text NOT NULL,
        month text NOT NULL CHECK (month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
        answers jsonb NOT NULL
      );
      CREATE TABLE invites (
        code_hash text PRIMARY KEY CHECK (code_hash ~ '^[0-9a-f]{64}$'),
        used boolean NOT NULL DEFAULT false
      );`,
  },
];

/** An arbitrary constant: the advisory lock several `serve` processes take so only one of them migrates at a time. */
export const MIGRATION_LOCK = 7_140_316;
