import { isDue } from '../../core/survey/retrySchedule.js';
import { stripControl } from '../../core/text/stripControl.js';
import { submitWords } from '../../messages/submitWords.js';
import type { Store } from '../../store/Store.js';
import { commandLine } from '../commandLine.js';
import type { CommandPrefix } from '../commandName.js';
import { sendPending, type SendOptions } from './sendPending.js';

/** How long the end of the interview waits for a retry still under way before leaving it for the next run. */
const GRACE_MS = 1500;

export interface StartedRetry {
  /** One line to show before the first screen, or null when nothing is waiting. */
  note: string | null;
  /** After the interview: what became of the retry (one line), or nothing when there was none or it had not finished. */
  finish(): Promise<string[]>;
}

/**
 * The interview's start, when a response agreed to earlier is waiting to be sent: a note for before the first
 * screen, and, when it is due, one attempt in the background, so the first question is never held up by a server
 * that does not answer. Its outcome is said only after the interview (`finish`), never while a screen is drawn.
 * A retry still under way then is stopped and counts as no attempt: the response stays waiting, nothing is lost.
 */
export function retryOnStart(store: Store, commandPrefix: CommandPrefix | undefined, options: SendOptions & { graceMs?: number } = {}): StartedRetry {
  const pending = store.open().pending;
  if (!pending) return { note: null, finish: async () => [] };
  const url = stripControl(pending.url);
  const submit = commandLine(commandPrefix, 'submit');
  if (!isDue(pending.nextAttemptAt, (options.now ?? Date.now)())) return { note: submitWords.waiting(url, submit), finish: async () => [] };
  const stop = new AbortController();
  // A store that cannot be written now is said by the interview's own saves; the retry itself stays quiet.
  const task = sendPending(store, pending, { ...options, signal: stop.signal }).catch(() => null);
  return {
    note: submitWords.retryingNow(url),
    async finish() {
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<'late'>((done) => (timer = setTimeout(() => done('late'), options.graceMs ?? GRACE_MS)));
      const result = await Promise.race([task, late]);
      clearTimeout(timer);
      if (result === 'late') {
        stop.abort();
        await task;
        return [];
      }
      if (result === null) return [];
      return [stripControl(submitWords.outcome(result.outcome, url, pending.record.revision, submit, result.laterMs))];
    },
  };
}
