import { render } from 'ink';
import { progress, startFlow, toSaved, type FlowState } from '../core/flow/flowReducer.js';
import type { Content } from '../files/loadBank.js';
import type { Store } from '../store/Store.js';
import { App } from '../ui/App.js';
import { EXIT } from './CliError.js';
import { outputPlan } from './planOutput.js';

/** The Ink interview: resumes saved progress, saves after every step, prints the plan when done. */
export async function runInteractive(content: Content, store: Store): Promise<void> {
  const { bank } = content;
  const stamp = { id: bank.id, version: bank.version };
  const opened = store.open();
  const saved = opened.progress;
  // A finished interview reopens on review, so answers can be changed before the plan is shown again.
  const initial = startFlow(bank, saved ? { ...saved, screen: saved.screen === 'done' ? 'review' : saved.screen } : undefined);
  const notes = [...opened.notes];
  if (saved && Object.keys(initial.answers).length > 0) notes.push(resumeNote(content, initial));

  let last: FlowState = initial;
  const outcome: { reason: 'done' | 'quit' | 'cancel' } = { reason: 'quit' };
  const onChange = (state: FlowState) => {
    last = state;
    store.save(toSaved(state), stamp);
  };
  const instance = render(
    <App bank={bank} initial={initial} note={notes.join('\n') || undefined} onChange={onChange} onExit={(reason) => (outcome.reason = reason)} />,
    { exitOnCtrlC: false },
  );
  const stopOnSignal = (code: number) => () => {
    instance.unmount();
    process.exitCode = code;
  };
  process.once('SIGTERM', stopOnSignal(143));
  process.once('SIGHUP', stopOnSignal(129));
  await instance.waitUntilExit();

  if (outcome.reason === 'done') {
    outputPlan(content, last.answers, { format: 'text' });
    process.stdout.write(`\nSaved in ${store.location}. Print it again: clinical-path plan · as Markdown: clinical-path plan --format markdown --out plan.md\n`);
    return;
  }
  if (process.exitCode === undefined || process.exitCode === 0) process.exitCode = EXIT.cancelled;
  const answered = Object.keys(last.answers).length;
  process.stdout.write(`Saved ${answered} answer${answered === 1 ? '' : 's'}. Run clinical-path again to continue where you left off.\n`);
}

function resumeNote(content: Content, state: FlowState): string {
  if (state.screen !== 'question') return 'Welcome back: all questions are answered. Review your answers, then show your plan.';
  const { index, total } = progress(content.bank, state);
  return `Welcome back: your answers were saved. Picking up at question ${index} of ${total}.`;
}
