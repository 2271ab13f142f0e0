import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A store as an interview leaves it when it was stopped at `current`: the answers so far, saved. For tests that start
 * at the last question, now that an --answers file without the optional free text counts it as skipped.
 */
export function saveProgress(store: string, answers: Record<string, unknown>, current: string): void {
  mkdirSync(store, { recursive: true, mode: 0o700 });
  const file = { format: 'clinical-path/progress', formatVersion: 1, bank: { id: 'clinical-path', version: '2026.12' }, progress: { answers, current, screen: 'question' } };
  writeFileSync(join(store, 'answers.json'), JSON.stringify(file), { mode: 0o600 });
}
