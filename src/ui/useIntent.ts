import { useContext, useLayoutEffect, useRef } from 'react';
import { IntentRegistry, type IntentListener } from './IntentRoot.js';
import type { Intent, KeyContext } from './keyMap.js';

/**
 * Keys, translated through the one key map. Several components listen at once (the App for quit/cancel,
 * the view for the rest); each acts only on the intents it knows. The listener is registered with the
 * app's IntentRoot while the component is drawn, so a key pressed right after the draw reaches it.
 */
export function useIntent(context: KeyContext, onIntent: (intent: Intent) => void, isActive = true): void {
  const registry = useContext(IntentRegistry);
  if (!registry) throw new Error('useIntent needs an IntentRoot above it (App and DemoApp provide one)');
  const listener = useRef<IntentListener>({ context, onIntent, isActive });
  useLayoutEffect(() => {
    listener.current = { context, onIntent, isActive };
  });
  useLayoutEffect(() => {
    registry.add(listener);
    return () => {
      registry.delete(listener);
    };
  }, [registry]);
}
