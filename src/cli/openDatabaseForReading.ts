import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { isPostgresUrl, openSurveyDb } from '../server/db/openSurveyDb.js';
import { DbBusyError, PgliteMissingError } from '../server/db/pgliteSql.js';
import { SchemaTooNewError } from '../server/db/migrate.js';
import type { SurveyDb } from '../server/db/SurveyDb.js';
import { redactPassword } from '../server/db/postgresSql.js';
import { stripControl } from '../core/text/stripControl.js';
import { CliError } from './CliError.js';

/**
 * The survey database for `report --db` / `collect --db`, with every way it can fail said in a line or two.
 * A folder must already hold a database: reading never makes an empty one where a name was mistyped.
 */
export async function openDatabaseForReading(target: string): Promise<SurveyDb> {
  const shown = stripControl(isPostgresUrl(target) ? redactPassword(target) : target);
  if (!isPostgresUrl(target) && !existsSync(join(target, 'PG_VERSION'))) {
    throw new CliError([`${shown}: no survey database here (serve's --db folder holds one).`]);
  }
  try {
    return await openSurveyDb(target);
  } catch (error) {
    if (error instanceof PgliteMissingError) {
      throw new CliError([`Reading a database folder needs PGlite: npm install @electric-sql/pglite (or use --db postgres://…).`]);
    }
    if (error instanceof DbBusyError) {
      throw new CliError([`${shown} is open in serve (process ${error.heldBy}); a folder database has one user at a time.`, 'Read it through the server instead: report URL --token-file FILE.']);
    }
    if (error instanceof SchemaTooNewError) {
      throw new CliError([`${shown} was made by a newer clinical-path (schema ${error.found}); update clinical-path to read it.`]);
    }
    const code = (error as { code?: string }).code;
    throw new CliError([`Could not open the survey database at ${shown}${code ? ` (${code})` : ''}.`]);
  }
}
