import { migrate } from './migrate.js';
import { pgliteSql } from './pgliteSql.js';
import { postgresSql } from './postgresSql.js';
import { sqlSurveyDb } from './sqlSurveyDb.js';
import type { SurveyDb } from './SurveyDb.js';

/** Whether `--db` names a Postgres server rather than a folder. */
export function isPostgresUrl(target: string): boolean {
  return /^postgres(ql)?:\/\//i.test(target);
}

/**
 * The survey database at `target`: a `postgres://` URL, or a folder for the embedded PGlite (made when missing).
 * Migrated to the latest schema before it is handed back. Throws PgliteMissingError when a folder is given and
 * PGlite is not installed, SchemaTooNewError when a newer clinical-path made the database. `onNewFolder` is called
 * when PGlite is about to make a new database (initdb, which takes seconds), so the caller can say so.
 */
export async function openSurveyDb(target: string, onNewFolder?: () => void): Promise<SurveyDb> {
  const sql = isPostgresUrl(target) ? postgresSql(target) : await pgliteSql(target, onNewFolder);
  try {
    await migrate(sql);
  } catch (error) {
    await sql.close().catch(() => undefined);
    throw error;
  }
  return sqlSurveyDb(sql);
}
