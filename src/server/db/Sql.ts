/** A row as both clients return it: column name to value (jsonb already parsed, int4 as number). */
export type Row = Record<string, unknown>;

/** One connection's worth of SQL: what the survey database needs from PGlite and from a Postgres client alike. */
export interface SqlRunner {
  /** Runs one statement with `$1`-style parameters and returns its rows. */
  query(text: string, params?: readonly unknown[]): Promise<Row[]>;
}

/**
 * PGlite and Postgres behind the same SQL. Everything the survey database writes goes through `transaction`,
 * so a statement that fails leaves nothing half-done.
 */
export interface Sql extends SqlRunner {
  readonly engine: 'pglite' | 'postgres';
  readonly where: string;
  /** Transactions never overlap (PGlite: one connection, one transaction at a time), so no row lock is needed. */
  readonly serialized: boolean;
  transaction<T>(work: (tx: SqlRunner) => Promise<T>): Promise<T>;
  /** Called after a transaction that stored something has committed, before it is reported stored. */
  afterCommit(): Promise<void>;
  close(): Promise<void>;
}
