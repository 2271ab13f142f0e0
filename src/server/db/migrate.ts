import { MIGRATION_LOCK, MIGRATIONS } from './migrations.js';
import type { Sql } from './Sql.js';

/**
 * Brings the schema up to the latest step. Several servers starting at once on one Postgres queue on an advisory
 * lock held for the transaction, so each step runs exactly once; every step and its record commit together.
 * Returns the schema version now in place.
 */
export async function migrate(sql: Sql): Promise<number> {
  return sql.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await tx.query('CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY)');
    const rows = await tx.query('SELECT coalesce(max(version), 0)::int AS version FROM schema_migrations');
    const current = Number(rows[0]?.version ?? 0);
    const latest = MIGRATIONS.at(-1)?.version ?? 0;
    if (current > latest) throw new SchemaTooNewError(current, latest);
    for (const step of MIGRATIONS) {
      if (step.version <= current) continue;
      for (const statement of step.sql.split(/;\s*$/m).map((s) => s.trim()).filter(Boolean)) await tx.query(statement);
      await tx.query('INSERT INTO schema_migrations (version) VALUES ($1)', [step.version]);
    }
    return latest;
  });
}

/** The database was made by a newer clinical-path: this one must not write to it. */
export class SchemaTooNewError extends Error {
  constructor(
    readonly found: number,
    readonly known: number,
  ) {
    super(`database schema ${found} is newer than this program's ${known}`);
  }
}
