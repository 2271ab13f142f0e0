import type { Intent } from './keyMap.js';
import { useListJump } from './listJump.js';
import { isMove, moveCursor } from './moveCursor.js';
import { useSyncedState } from './useSyncedState.js';

export interface ListCursorOptions {
  /** Rows in the list; a function when it depends on state the same key batch may just have changed (a filter). */
  count: number | (() => number);
  /** Rows a page key moves over. */
  page: number;
  /** With labels, a number or a letter moves the highlight too (numbered lists); without, they are left to the view. */
  labels?: readonly string[];
  /** Where the highlight starts. */
  start: () => number;
}

export interface ListCursor {
  cursor: number;
  /** The highlighted row now, even between renders (keys that arrive together). */
  current: () => number;
  /** Puts the highlight on a row (a filter that changed starts at its first match). */
  set: (row: number) => void;
  /** Handles ↑↓, PgUp/PgDn, Home/End and, with labels, a number or a letter: true when the intent was one of them. */
  navigate: (intent: Intent) => boolean;
}

/**
 * The highlighted row of a list and the keys that move it, the same on every list (ink-ui's use-select-state,
 * gemini-cli's useSelectionList). Moving never chooses: Enter does, and is the view's. The cursor is synced state,
 * so ↓ and Enter arriving together choose the row ↓ moved to.
 */
export function useListCursor({ count, page, labels, start }: ListCursorOptions): ListCursor {
  const [cursor, update] = useSyncedState(start);
  const jump = useListJump();
  const rows = () => (typeof count === 'function' ? count() : count);
  return {
    cursor,
    current: () => update((c) => c),
    set: (row) => void update(() => row),
    navigate(intent) {
      if (isMove(intent)) {
        update((c) => moveCursor(intent.type, c, rows(), page));
        return true;
      }
      if (!labels || (intent.type !== 'digit' && intent.type !== 'letter')) return false;
      const to = jump(intent, labels, update((c) => c));
      if (to !== null) update(() => to);
      return true;
    },
  };
}
