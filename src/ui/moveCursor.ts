import type { Intent, IntentType } from './keyMap.js';

const MOVES = new Set<IntentType>(['up', 'down', 'pageUp', 'pageDown', 'home', 'end']);

/** Whether an intent moves the highlighted row (every list handles these the same way). */
export function isMove(intent: Intent): boolean {
  return MOVES.has(intent.type);
}

/**
 * The highlighted row after a movement intent, in a list of `count` rows showing `page` at a time.
 * ↑/↓ wrap around, as in most terminal pickers; page and home/end stop at the ends.
 * Any other intent leaves the cursor where it is.
 */
export function moveCursor(intent: IntentType, cursor: number, count: number, page: number): number {
  if (count <= 0) return 0;
  const step = Math.max(1, page);
  switch (intent) {
    case 'up':
      return cursor <= 0 ? count - 1 : cursor - 1;
    case 'down':
      return cursor >= count - 1 ? 0 : cursor + 1;
    case 'pageUp':
      return Math.max(0, cursor - step);
    case 'pageDown':
      return Math.min(count - 1, cursor + step);
    case 'home':
      return 0;
    case 'end':
      return count - 1;
    default:
      return Math.min(Math.max(0, cursor), count - 1);
  }
}
