import type { Bank } from '../core/bank/schema.js';
import { startFlow, type FlowState } from '../core/flow/flowReducer.js';
import { resumeNote } from '../core/flow/resumeNote.js';
import type { Store } from './Store.js';

/**
 * Opens the store once and picks up where the person left off: a finished interview reopens on review,
 * so answers can be changed before the plan is shown again. Notes say what happened (a damaged file
 * moved aside, progress resumed).
 */
export function resumeInterview(bank: Bank, store: Store): { initial: FlowState; notes: string[] } {
  const opened = store.open();
  const saved = opened.progress;
  const initial = startFlow(bank, saved ? { ...saved, screen: saved.screen === 'done' ? 'review' : saved.screen } : undefined);
  const resumed = saved !== null && Object.keys(initial.answers).length > 0;
  const setAside = saved ? Object.keys(saved.answers).filter((id) => !(id in initial.answers)) : [];
  const updated = opened.bank && opened.bank.version !== bank.version && setAside.length > 0
    ? [`The questions were updated (${opened.bank.version} → ${bank.version}); ${setAside.length} earlier answer${setAside.length === 1 ? '' : 's'} no longer appl${setAside.length === 1 ? 'ies' : 'y'} and ${setAside.length === 1 ? 'was' : 'were'} dropped: ${setAside.join(', ')}.`]
    : [];
  return { initial, notes: [...opened.notes, ...updated, ...(resumed ? [resumeNote(bank, initial)] : [])] };
}
