import type { Intent } from '../keyMap.js';
import { useSyncedState } from '../useSyncedState.js';

export interface Goto {
  /** The digits typed after `g` ('' just after it); null when not jumping. */
  typed: string | null;
  start: () => void;
  /** Whether the key was part of a jump (digits, Enter, or a key that cancels it); Esc and Ctrl+C never are. */
  take: (intent: Intent) => boolean;
}

/**
 * `g`, then a question's number, then Enter: jumps there (a number past the last goes to the last). Enter is always
 * needed, even where no longer number could follow, so a habitual Enter never steps on past the question asked
 * for. Any other key cancels, and is not acted on.
 */
export function useGoto(onGo: (question: number) => void): Goto {
  const [typed, update] = useSyncedState<string | null>(() => null);
  const finish = (digits: string) => {
    update(() => null);
    const n = Number(digits);
    if (digits !== '' && n >= 1) onGo(n);
  };
  return {
    typed,
    start: () => void update(() => ''),
    take: (intent) => {
      const now = update((t) => t);
      if (now === null || intent.type === 'quit' || intent.type === 'cancel') return false;
      if (intent.type === 'digit') {
        // Three digits are more than any bank has; more are ignored rather than growing the line.
        update(() => `${now}${intent.digit}`.replace(/^0+/, '').slice(0, 3));
        return true;
      }
      if (intent.type === 'confirm') finish(now);
      else update(() => null);
      return true;
    },
  };
}
