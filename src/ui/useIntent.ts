import { useInput } from 'ink';
import { keyIntents, type Intent, type KeyContext } from './keyMap.js';

/**
 * Ink's useInput, translated through the one key map. Several components listen at once (the App
 * for quit/cancel, the view for the rest); each acts only on the intents it knows.
 */
export function useIntent(context: KeyContext, onIntent: (intent: Intent) => void, isActive = true): void {
  useInput(
    (input, key) => {
      for (const intent of keyIntents(input, key, context)) if (intent.type !== 'none') onIntent(intent);
    },
    { isActive },
  );
}
