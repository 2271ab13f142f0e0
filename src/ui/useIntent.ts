import { useContext, useLayoutEffect, useRef } from 'react';
import { IntentRegistry, type IntentListener } from './IntentRoot.js';
import type { Intent, KeyContext } from './keyMap.js';
import { PaintClockContext } from './PaintClock.js';

/**
 * Keys, translated through the one key map. Several components listen at once (the App for quit/cancel,
 * the view for the rest); each acts only on the intents it knows. The listener is registered with the
 * app's IntentRoot while the component is drawn, so a key pressed right after the draw reaches it.
 */
export function useIntent(context: KeyContext, onIntent: (intent: Intent) => void, isActive = true): void {
  const registry = useContext(IntentRegistry);
  if (!registry) throw new Error('useIntent needs an IntentRoot above it (App and DemoApp provide one)');
  // The frame count when this view was first rendered: its keys count once a later frame (showing it) is written.
  const clock = useContext(PaintClockContext);
  const bornAt = useRef(clock?.frames()).current;
  const listener = useRef<IntentListener>({ context, onIntent, isActive, bornAt });
  useLayoutEffect(() => {
    listener.current = { context, onIntent, isActive, bornAt };
  });
  useLayoutEffect(() => {
    registry.add(listener);
    return () => {
      registry.delete(listener);
    };
  }, [registry]);
}
