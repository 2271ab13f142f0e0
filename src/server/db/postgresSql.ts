import postgres from 'postgres';
import type { Row, Sql, SqlRunner } from './Sql.js';

/**
 * A Postgres server, through the `postgres` client with a small pool. A commit in Postgres is durable when it returns
 * (synchronous_commit is the server's to set), so nothing more is done after one.
 */
export function postgresSql(url: string, poolSize = 10): Sql {
  const client = postgres(url, {
    max: poolSize,
    connect_timeout: 5,
    idle_timeout: 30,
    // The server's notices (e.g. "relation already exists, skipping") are not for the person running serve.
    onnotice: () => undefined,
  });
  const runner = (sql: postgres.Sql | postgres.TransactionSql): SqlRunner => ({
    query: async (text, params) => [...(await sql.unsafe(text, params ? ([...params] as never[]) : undefined))] as Row[],
  });
  return {
    engine: 'postgres',
    serialized: false,
    where: redactPassword(url),
    ...runner(client),
    transaction: async (work) => (await client.begin((tx) => work(runner(tx)))) as never,
    afterCommit: async () => undefined,
    close: () => client.end({ timeout: 5 }),
  };
}

/** The URL as it may be printed: without its password. */
export function redactPassword(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'postgres://…';
  }
}
