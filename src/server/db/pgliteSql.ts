import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, statSync } from 'node:fs';
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
 * fsync them, so after each commit that stored something the write-ahead-log segments written since are fsync'd here:
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
  let synced: WalSync = { startedAt: 0, listing: '' };
  const runner = (client: { query: (text: string, params?: unknown[]) => Promise<{ rows: unknown[] }> }): SqlRunner => ({
    query: async (text, params) => (await client.query(text, params ? [...params] : undefined)).rows as Row[],
  });
  return {
    engine: 'pglite',
    // PGlite runs one transaction at a time on its one connection.
    serialized: true,
    where: folder,
    ...runner(db),
    transaction: (work) => db.transaction((tx) => work(runner(tx))),
    afterCommit: async () => void (synced = fsyncWrittenWal(folder, synced)),
    close: async () => {
      try {
        await db.close();
      } finally {
        lock.release();
      }
    },
  };
}

/** File times are kept to a clock tick or so; a segment written this close before the last sync is synced again. */
const SLACK_MS = 1000;

/**
 * Everything written to the log since the last call: each segment written since then (by its modified time,
 * not its name, because Postgres renames old segments ahead as future ones), and the folder when the segments
 * in it have changed. One fsync per store in the usual case, where syncing the two newest by name and the folder
 * every time took three and could miss the live segment once old ones were renamed ahead of it.
 */
function fsyncWrittenWal(folder: string, last: WalSync): WalSync {
  const wal = join(folder, 'pg_wal');
  const startedAt = Date.now();
  const names = readdirSync(wal).filter((name) => /^[0-9A-F]{24}$/.test(name)).sort();
  const listing = names.join(',');
  for (const name of names) if (statSync(join(wal, name)).mtimeMs >= last.startedAt - SLACK_MS) fsyncPath(join(wal, name));
  if (listing !== last.listing) fsyncPath(wal);
  return { startedAt, listing };
}

type WalSync = { startedAt: number; listing: string };

function fsyncPath(path: string): void {
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
