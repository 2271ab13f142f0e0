import { useInput } from 'ink';
import { useContext, useLayoutEffect, useRef } from 'react';
import { IntentRegistry, type IntentListener } from './IntentRoot.js';
import { keyIntents, type Intent, type KeyContext } from './keyMap.js';

/**
 * Keys, translated through the one key map. Several components listen at once (the App for quit/cancel,
 * the view for the rest); each acts only on the intents it knows. Inside an IntentRoot (the interview and
 * the demo) the listener is registered while the component is drawn; on its own it falls back to Ink's useInput.
 */
export function useIntent(context: KeyContext, onIntent: (intent: Intent) => void, isActive = true): void {
  const registry = useContext(IntentRegistry);
  const listener = useRef<IntentListener>({ context, onIntent, isActive });
  useLayoutEffect(() => {
    listener.current = { context, onIntent, isActive };
  });
  useLayoutEffect(() => {
    if (!registry) return;
    registry.add(listener);
    return () => {
      registry.delete(listener);
    };
  }, [registry]);
  useInput(
    (input, key) => {
      for (const intent of keyIntents(input, key, context)) if (intent.type !== 'none') onIntent(intent);
    },
    { isActive: isActive && registry === null },
  );
}
