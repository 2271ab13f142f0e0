import { useInput } from 'ink';
import { createContext, useRef, type ReactNode } from 'react';
import { keyIntents, type Intent, type KeyContext } from './keyMap.js';

/** A component that listens for keys: where it is (list or text field), what it does, whether it listens now. */
export interface IntentListener {
  context: KeyContext;
  onIntent: (intent: Intent) => void;
  isActive: boolean;
}

export type IntentListeners = Set<{ current: IntentListener }>;

export const IntentRegistry = createContext<IntentListeners | null>(null);

/**
 * The one subscription to Ink's input for a whole app. Ink's own useInput subscribes each component after
 * the screen is drawn (in a passive effect), so a key that arrives in between (a fast typist, a busy
 * machine) reaches the question just answered instead of the one on screen, and is lost. Components
 * register here during the commit that draws them (useIntent), so the view on screen always gets the key.
 */
export function IntentRoot({ children }: { children: ReactNode }) {
  const listeners = useRef<IntentListeners>(new Set()).current;
  useInput((input, key) => {
    for (const listener of [...listeners]) {
      const { context, onIntent, isActive } = listener.current;
      if (!isActive) continue;
      for (const intent of keyIntents(input, key, context)) if (intent.type !== 'none') onIntent(intent);
    }
  });
  return <IntentRegistry value={listeners}>{children}</IntentRegistry>;
}
