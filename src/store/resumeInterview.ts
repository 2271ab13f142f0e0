import type { Bank } from '../core/bank/schema.js';
import { startFlow, type FlowState } from '../core/flow/flowReducer.js';
import { resumeNote } from '../messages/resumeNote.js';
import { bankUpdateNote } from './bankUpdateNote.js';
import type { Store } from './Store.js';

/**
 * Opens the store once and picks up where the person left off: a finished interview reopens on review,
 * so answers can be changed before the plan is shown again. Notes say what happened (a damaged file
 * moved aside, answers dropped because the questions changed, progress resumed).
 */
export function resumeInterview(bank: Bank, store: Store): { initial: FlowState; notes: string[]; fresh: boolean } {
  const opened = store.open();
  const saved = opened.progress;
  const initial = startFlow(bank, saved ? { ...saved, screen: saved.screen === 'done' ? 'review' : saved.screen } : undefined);
  const resumed = saved !== null && Object.keys(initial.answers).length > 0;
  const updated = bankUpdateNote(bank, opened, initial.answers);
  // Nothing answered yet: the intro is for them (someone coming back knows what this is).
  const fresh = initial.screen === 'question' && Object.keys(initial.answers).length === 0;
  return { initial, notes: [...opened.notes, ...(updated ? [updated] : []), ...(resumed ? [resumeNote(bank, initial)] : [])], fresh };
}
