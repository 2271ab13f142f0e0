import type { Answers, Bank } from '../core/bank/schema.js';
import { pruneAnswers } from '../core/flow/visibility.js';
import { stripControl } from '../core/text/stripControl.js';
import type { Opened } from './Store.js';

/**
 * The one-line note when the bank changed since the answers were saved and some of them no longer apply (the
 * question was removed, or the option or the condition that showed it); null when nothing was dropped. Ids and the
 * old version come from the saved file, so they are printed without control characters.
 */
export function bankUpdateNote(bank: Bank, opened: Pick<Opened, 'progress' | 'bank'>, kept: Answers = pruneAnswers(bank, opened.progress?.answers ?? {})): string | null {
  if (!opened.progress || !opened.bank || opened.bank.version === bank.version) return null;
  const dropped = Object.keys(opened.progress.answers).filter((id) => !(id in kept));
  if (dropped.length === 0) return null;
  const one = dropped.length === 1;
  return `The questions were updated (${stripControl(opened.bank.version)} → ${bank.version}); ${dropped.length} earlier answer${one ? '' : 's'} no longer appl${one ? 'ies' : 'y'} and ${one ? 'was' : 'were'} dropped: ${stripControl(dropped.join(', '))}.`;
}
