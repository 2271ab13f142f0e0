import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { takeLock } from '../../store/lockFile.js';
import type { Row, Sql, SqlRunner } from './Sql.js';
import type * as Pglite from '@electric-sql/pglite';

/** PGlite is an optional peer dependency: the technologist's package never carries it. */
export class PgliteMissingError extends Error {
  constructor() {
    super('@electric-sql/pglite is not installed');
  }
}

/** Another running process has this folder's database open; PGlite would corrupt it if both wrote. */
export class DbBusyError extends Error {
  constructor(
    readonly folder: string,
    readonly heldBy: number,
  ) {
    super(`${folder} is in use by process ${heldBy}`);
  }
}

/**
 * The embedded Postgres in a folder. PGlite writes its files through Node straight into `folder`, but does not
 * fsync them, so after each commit that stored something the newest write-ahead-log segments are fsync'd here:
 * a record reported stored survives a crash of the machine, not only of the process. One process at a time: the
 * folder is claimed with a lock file beside it (`FOLDER.lock`), released on close or when the process ends.
 */
export async function pgliteSql(folder: string, onNewFolder?: () => void): Promise<Sql> {
  let module: typeof Pglite;
  try {
    module = await import('@electric-sql/pglite');
  } catch {
    throw new PgliteMissingError();
  }
  mkdirSync(dirname(folder), { recursive: true });
  const lock = takeLock(`${folder}.lock`);
  if (!lock.ok) throw new DbBusyError(folder, lock.heldBy);
  let db: Pglite.PGlite;
  try {
    if (!existsSync(join(folder, 'PG_VERSION'))) onNewFolder?.();
    db = await module.PGlite.create(folder);
  } catch (error) {
    lock.release();
    throw error;
  }
  const runner = (client: { query: (text: string, params?: unknown[]) => Promise<{ rows: unknown[] }> }): SqlRunner => ({
    query: async (text, params) => (await client.query(text, params ? [...params] : undefined)).rows as Row[],
  });
  return {
    engine: 'pglite',
    where: folder,
    ...runner(db),
    transaction: (work) => db.transaction((tx) => work(runner(tx))),
    afterCommit: async () => fsyncNewestWal(folder),
    close: async () => {
      try {
        await db.close();
      } finally {
        lock.release();
      }
    },
  };
}

/** The two newest segments: a commit may have crossed from one segment into the next. */
function fsyncNewestWal(folder: string): void {
  const wal = join(folder, 'pg_wal');
  const segments = readdirSync(wal).filter((name) => /^[0-9A-F]{24}$/.test(name)).sort().slice(-2);
  for (const name of [...segments, '.']) {
    const fd = openSync(join(wal, name), 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  }
}
