import { brotliDecompressSync } from 'node:zlib';
import { existsSync, readFileSync } from 'node:fs';
import type { Content } from '../core/content.js';
import type { Bank } from '../core/bank/schema.js';
import { startFlow } from '../core/flow/flowReducer.js';
import { stripControl } from '../core/text/stripControl.js';
import { bankUpdateNote } from '../store/bankUpdateNote.js';
import { confStore } from '../store/confStore.js';
import type { Store } from '../store/Store.js';
import type { LockOptions } from '../store/lockFile.js';
import { missing } from '../store/storeFiles.js';
import { CliError, EXIT } from './CliError.js';
import { defaultStoreDir, shippedQuestionsDir } from './paths.js';
import { formatBankProblem } from './formatBankProblem.js';
import { commandLine } from './commandLine.js';
import type { CommandPrefix } from './commandName.js';
import type { Io } from './Io.js';

export interface GlobalOptions {
  store?: string;
  questions?: string;
  color?: boolean;
  /** `--ascii` / `--no-ascii`; unset, the locale decides (plain mode). */
  ascii?: boolean;
  /** How the person started us (set once in main.ts); every message naming a command starts with it. */
  commandPrefix?: CommandPrefix;
}

/** The bank, plan and personas that `npm run build` validated and wrote beside the bundle. */
// Brotli-compressed (229 kB of JSON in 42 kB): the package has a size budget, and unpacking takes about 2 ms.
const COMPILED = new URL('./content.json.br', import.meta.url);
let unbuiltShipped: Content | undefined;

/**
 * The question bank, plan wording and personas; an invalid bank stops here, before any interview starts.
 * The shipped bank was validated at build time and is read as plain JSON; a `--questions DIR` bank (or the
 * source tree, unbuilt) is parsed and validated now, with the YAML parser and schemas loaded only then.
 */
export async function loadContentOrFail(options: GlobalOptions): Promise<Content> {
  if (!options.questions && existsSync(COMPILED)) return JSON.parse(brotliDecompressSync(readFileSync(COMPILED)).toString('utf8')) as Content;
  // Unbuilt, the shipped bank is validated once per process: it does not change while we run, and tests run many
  // commands in one process. Each caller gets its own copy, as it would from the compiled file.
  if (!options.questions && unbuiltShipped) return structuredClone(unbuiltShipped);
  const { loadContent } = await import('../files/loadBank.js');
  const dir = options.questions ?? shippedQuestionsDir();
  const result = loadContent(dir, options.questions ?? 'questions');
  if (result.ok) {
    if (!options.questions) unbuiltShipped = structuredClone(result.content);
    return result.content;
  }
  const shown = result.problems.slice(0, 5).map(formatBankProblem);
  const more = result.problems.length > 5 ? [`… and ${result.problems.length - 5} more; run: ${commandLine(options.commandPrefix, `validate ${options.questions ?? ''}`.trimEnd())}`] : [];
  throw new CliError([`The question bank is not valid:`, ...shown, ...more]);
}

export function openStore(options: GlobalOptions, env: NodeJS.ProcessEnv): Store {
  return confStore(options.store ?? defaultStoreDir(env));
}

/**
 * The saved answers, made consistent with the bank as it is now; notes about the store (a damaged file
 * moved aside) go to stderr, and so does the note when a bank update dropped answers: `plan`, `answers` and
 * `export` would otherwise leave them out without a word, and the person would not know to answer again.
 */
export function openSavedAnswers(options: GlobalOptions, bank: Bank, io: Io, { locked = false } = {}) {
  // `export` writes the response id: it claims the answers first, or a concurrent `--answers` could save over the id.
  // With nothing saved there is nothing to claim, and claiming would make the folder.
  const unlocked = openStore(options, io.env);
  const store = locked && !missing(unlocked.location) ? openLockedStore(options, io.env) : unlocked;
  const opened = store.open();
  const { answers } = startFlow(bank, opened.progress ?? undefined);
  const updated = bankUpdateNote(bank, opened, answers);
  for (const note of [...opened.notes, ...(updated ? [updated] : [])]) io.stderr.write(`${stripControl(note)}\n`);
  return { store, opened, answers };
}

/** The store, claimed for this process: a second interview on the same answers is stopped, not let to overwrite them. */
export function openLockedStore(options: GlobalOptions, env: NodeJS.ProcessEnv, lockOptions: LockOptions = {}): Store {
  const store = openStore(options, env);
  const lock = store.lock(lockOptions);
  if (!lock.ok) {
    throw new CliError(
      [`Another clinical-path is using these answers right now (process ${lock.heldBy}, probably in another terminal).`, 'Finish or quit it there first; nothing was changed here.'],
      EXIT.incomplete,
    );
  }
  return store;
}
