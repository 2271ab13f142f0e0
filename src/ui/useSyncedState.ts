import { useCallback, useRef, useState } from 'react';

/**
 * State that key handlers can read back at once. Ink re-subscribes input handlers only after a render,
 * so two keys arriving together (fast typing, a paste, a test) would otherwise both see the old state,
 * e.g. Space then Enter confirming an empty selection. The ref is the truth; the state only re-renders.
 */
export function useSyncedState<T>(initial: () => T): [T, (update: (current: T) => T) => T] {
  const ref = useRef<T | null>(null);
  if (ref.current === null) ref.current = initial();
  const [value, setValue] = useState<T>(ref.current);
  const update = useCallback((fn: (current: T) => T): T => {
    const next = fn(ref.current as T);
    ref.current = next;
    setValue(next);
    return next;
  }, []);
  return [value, update];
}
