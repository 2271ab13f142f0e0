import { createContext } from 'react';

/**
 * How many times the app's output has been written to the terminal, and a way to hear each write. Keys are
 * paced by it (IntentRoot): a key acts on a view only once the terminal shows that view as the previous key
 * left it. Ink draws at most every 16 ms (inkOptions), so without this a digit and a quick Enter could save an option
 * the screen never showed highlighted, and a second Enter could answer a question never drawn.
 * Absent (tests, the demo): keys act as soon as they arrive.
 */
export interface PaintClock {
  frames: () => number;
  onFrame: (listener: () => void) => () => void;
}

export const PaintClockContext = createContext<PaintClock | null>(null);
