import type { Intent } from '../keyMap.js';

/** What a presenter's key does in a demo session. */
export type DemoAction = 'quit' | 'restart' | 'switch' | 'pause' | 'goto' | 'next' | 'back' | 'change' | 'survey' | 'plan' | 'comparePick' | 'toFlow';

/** Where the session is when the key comes: the view, whether a question is on it, what else there is. */
export interface DemoSituation {
  view: 'flow' | 'comparePick' | 'compare';
  /** A question is on screen (not the plan). */
  onQuestion: boolean;
  /** Other personas to switch to or compare with. */
  others: number;
  autoplay: boolean;
}

/**
 * The presenter's keys (PRESENTER in keyMap) in a demo session, as the action each one takes there; null when it does
 * nothing. On a question they step through it; on the plan, `c` compares; in a comparison, back or `p` returns.
 */
export function demoKeyAction(intent: Intent, { view, onQuestion, others, autoplay }: DemoSituation): DemoAction | null {
  const { type } = intent;
  if (type === 'quit' || type === 'restart') return type;
  if (type === 'switch') return others > 0 ? 'switch' : null;
  if (type === 'pause') return autoplay ? 'pause' : null;
  if (type === 'goto') return view === 'flow' ? 'goto' : null;
  if (view === 'flow' && onQuestion) {
    if (type === 'confirm' || type === 'forward' || type === 'pageDown') return 'next';
    if (type === 'back' || type === 'pageUp') return 'back';
    if (type === 'change' || type === 'survey' || type === 'plan') return type;
    return null;
  }
  if (view === 'flow') {
    if (type === 'back') return 'back';
    return type === 'compare' && others > 0 ? 'comparePick' : null;
  }
  if (type === 'back' || type === 'plan') return 'toFlow';
  return type === 'compare' && view === 'compare' ? 'comparePick' : null;
}
