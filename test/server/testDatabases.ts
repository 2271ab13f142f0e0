import { cpSync, existsSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { pgliteSql } from '../../src/server/db/pgliteSql.js';
import { postgresSql } from '../../src/server/db/postgresSql.js';
import { openSurveyDb } from '../../src/server/db/openSurveyDb.js';
import type { SurveyDb } from '../../src/server/db/SurveyDb.js';
import { MIGRATIONS } from '../../src/server/db/migrations.js';

/**
 * The Postgres the tests use: `.ci/run` starts one and sets this; the README shows how to do the same by hand.
 * Tests never skip when it is missing: a database test that did not run must not pass.
 */
export const TEST_POSTGRES = process.env.CLINICAL_PATH_TEST_PG ?? 'postgres://clinical_path_test:clinical_path_test@127.0.0.1:5432/clinical_path_test';

/** A new, empty place for a survey database, and how to remove it. `target` is what `--db` takes. */
export interface FreshDatabase {
  engine: 'pglite' | 'postgres';
  target: string;
  drop(): Promise<void>;
}

/**
 * A folder of its own in the temporary folder, for PGlite, holding a new migrated database. Made by copying a
 * template made once per PGlite version and schema: a copy opens in about a second, where a new database (initdb)
 * takes 5 to 15 s on a busy 2-core machine.
 */
export async function freshPglite(): Promise<FreshDatabase> {
  const parent = mkdtempSync(join(tmpdir(), 'clinical-path-db-'));
  const target = join(parent, 'db');
  cpSync(await pgliteTemplate(), target, { recursive: true });
  return { engine: 'pglite', target, drop: async () => rmSync(parent, { recursive: true, force: true }) };
}

async function pgliteTemplate(): Promise<string> {
  const version = JSON.parse(readFileSync(new URL('../../node_modules/@electric-sql/pglite/package.json', import.meta.url), 'utf8')).version as string;
  const template = join(tmpdir(), `clinical-path-pglite-template-${version}-schema${MIGRATIONS.length}`);
  if (existsSync(join(template, 'PG_VERSION'))) return template;
  // Made aside and renamed into place, so test files starting at once never copy a half-made one.
  const making = mkdtempSync(join(tmpdir(), 'clinical-path-pglite-making-'));
  const db = await openSurveyDb(join(making, 'db'));
  await db.close();
  try {
    renameSync(join(making, 'db'), template);
  } catch {
    // Another test file made it first: theirs is as good.
  }
  rmSync(making, { recursive: true, force: true });
  return template;
}

/** A database of its own on the test Postgres server, so test files running at once never see each other's rows. */
export async function freshPostgres(): Promise<FreshDatabase> {
  const name = `clinical_path_t_${randomBytes(6).toString('hex')}`;
  const admin = postgres(TEST_POSTGRES, { max: 1, onnotice: () => undefined });
  try {
    await admin.unsafe(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(TEST_POSTGRES);
  url.pathname = `/${name}`;
  return {
    engine: 'postgres',
    target: url.toString(),
    async drop() {
      const dropper = postgres(TEST_POSTGRES, { max: 1, onnotice: () => undefined });
      try {
        await dropper.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await dropper.end();
      }
    },
  };
}

/** Both engines, for `describe.each`: every test of the database layer runs on each. */
export const ENGINES = [
  { engine: 'pglite' as const, fresh: freshPglite },
  { engine: 'postgres' as const, fresh: freshPostgres },
];

/** A fresh, migrated survey database and how to close and remove it. */
export async function openFresh(fresh: () => Promise<FreshDatabase>): Promise<{ db: SurveyDb; target: string; done: () => Promise<void> }> {
  const place = await fresh();
  const db = await openSurveyDb(place.target);
  return {
    db,
    target: place.target,
    done: async () => {
      await db.close().catch(() => undefined);
      await place.drop();
    },
  };
}

/** Every row of every table in every schema of ours (all but Postgres's own catalogs), read with the engine's own client rather than through SurveyDb. */
export async function readEveryTable(target: string): Promise<Record<string, Record<string, unknown>[]>> {
  const sql = target.startsWith('postgres') ? postgresSql(target) : await pgliteSql(target);
  try {
    const names = await sql.query("SELECT table_name::text AS name FROM information_schema.tables WHERE table_schema NOT IN ('pg_catalog', 'information_schema')");
    const out: Record<string, Record<string, unknown>[]> = {};
    for (const { name } of names) out[String(name)] = await sql.query(`SELECT * FROM "${String(name)}"`);
    return out;
  } finally {
    await sql.close();
  }
}
