import { loadContent, type Content } from '../files/loadBank.js';
import { confStore } from '../store/confStore.js';
import type { Store } from '../store/Store.js';
import { CliError } from './CliError.js';
import { defaultStoreDir, shippedQuestionsDir } from './paths.js';
import { formatBankProblem } from './formatBankProblem.js';

export interface GlobalOptions {
  store?: string;
  questions?: string;
  color?: boolean;
}

/** The question bank and plan wording; an invalid bank stops here, before any interview starts. */
export function loadContentOrFail(options: GlobalOptions): Content {
  const dir = options.questions ?? shippedQuestionsDir();
  const result = loadContent(dir, options.questions ?? 'questions');
  if (result.ok) return result.content;
  const shown = result.problems.slice(0, 5).map(formatBankProblem);
  const more = result.problems.length > 5 ? [`… and ${result.problems.length - 5} more; run: clinical-path validate ${options.questions ?? ''}`.trimEnd()] : [];
  throw new CliError([`The question bank is not valid:`, ...shown, ...more]);
}

export function openStore(options: GlobalOptions): Store {
  return confStore(options.store ?? defaultStoreDir());
}
