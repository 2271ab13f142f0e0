import type { SurveyDb } from '../../src/server/db/SurveyDb.js';
import { memoryDb } from './memoryDb.js';

export interface Engine {
  name: string;
  /** A fresh, empty database of this engine, and how to remove it after. */
  open(): Promise<{ db: SurveyDb; dispose(): Promise<void> }>;
}

export const engines: Engine[] = [{ name: 'memory', open: async () => ({ db: memoryDb(), dispose: async () => undefined }) }];
