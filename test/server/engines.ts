import type { SurveyDb } from '../../src/server/db/SurveyDb.js';
import { ENGINES, openFresh } from './testDatabases.js';

export interface Engine {
  name: string;
  /** A fresh, empty, migrated database of this engine, and how to close and remove it after. */
  open(): Promise<{ db: SurveyDb; dispose(): Promise<void> }>;
}

/** The real databases the server runs on: every API test runs on PGlite in a temporary folder and on Postgres. */
export const engines: Engine[] = ENGINES.map(({ engine, fresh }) => ({
  name: engine,
  async open() {
    const { db, done } = await openFresh(fresh);
    return { db, dispose: done };
  },
}));
