import { useContext, useLayoutEffect, useRef } from 'react';
import { IntentRegistry, type IntentListener } from './IntentRoot.js';
import type { Intent, IntentType, KeyContext } from './keyMap.js';
import { PaintClockContext } from './PaintClock.js';

/**
 * Keys, translated through the one key map. Several components listen at once (the App for quit/cancel,
 * the view for the rest); each acts only on the intents it knows. The listener is registered with the
 * app's IntentRoot while the component is drawn, so a key pressed right after the draw reaches it.
 * `accepts` limits it to some intents, so keys it ignores are not queued for it.
 */
export function useIntent(context: KeyContext, onIntent: (intent: Intent) => void, isActive = true, accepts?: ReadonlySet<IntentType>): void {
  const registry = useContext(IntentRegistry);
  if (!registry) throw new Error('useIntent needs an IntentRoot above it (App and DemoApp provide one)');
  // The frame count when this view was first rendered: it gets keys once a later frame (showing it) is written.
  const clock = useContext(PaintClockContext);
  const bornAt = useRef(clock?.frames()).current;
  const listener = useRef<IntentListener>({ context, onIntent, isActive, bornAt, accepts });
  useLayoutEffect(() => {
    listener.current = { context, onIntent, isActive, bornAt, accepts };
  });
  useLayoutEffect(() => {
    registry.add(listener);
    return () => {
      registry.delete(listener);
    };
  }, [registry]);
}
