import { useInput } from 'ink';
import { createContext, useContext, useRef, type ReactNode } from 'react';
import { keyIntents, type Intent, type IntentType, type KeyContext } from './keyMap.js';
import { PaintClockContext } from './PaintClock.js';

/** A component that listens for keys: where it is (list or text field), what it does, whether it listens now. */
export interface IntentListener {
  context: KeyContext;
  onIntent: (intent: Intent) => void;
  isActive: boolean;
  /** PaintClock's count when the view was first rendered (undefined without a clock). */
  bornAt?: number;
}

/** Keys that stop the app are never held back: Esc and Ctrl+C must work whatever is on screen. */
const ALWAYS: ReadonlySet<IntentType> = new Set(['quit', 'cancel']);

export type IntentListeners = Set<{ current: IntentListener }>;

export const IntentRegistry = createContext<IntentListeners | null>(null);

/**
 * The one subscription to Ink's input for a whole app. Ink's own useInput subscribes each component after
 * the screen is drawn (in a passive effect), so a key that arrives in between (a fast typist, a busy
 * machine) reaches the question just answered instead of the one on screen, and is lost. Components
 * register here during the commit that draws them (useIntent), so the view on screen always gets the key, and
 * (with a PaintClock) only once the terminal shows it.
 */
export function IntentRoot({ children }: { children: ReactNode }) {
  const listeners = useRef<IntentListeners>(new Set()).current;
  const clock = useContext(PaintClockContext);
  useInput((input, key) => {
    for (const listener of [...listeners]) {
      const { context, onIntent, isActive, bornAt } = listener.current;
      if (!isActive) continue;
      // A view not yet drawn on the terminal gets no keys but Esc and Ctrl+C: the person hasn't seen it.
      const unseen = clock !== null && bornAt !== undefined && clock.frames() <= bornAt;
      for (const intent of keyIntents(input, key, context)) {
        if (intent.type !== 'none' && (!unseen || ALWAYS.has(intent.type))) onIntent(intent);
      }
    }
  });
  return <IntentRegistry value={listeners}>{children}</IntentRegistry>;
}
