import { createContext } from 'react';

/**
 * How many times the app's output has been written to the terminal. A key may only answer a question once a
 * frame showing that question has been written: Ink draws at most every 32 ms, and keys typed ahead (Enter
 * pressed twice, a digit and Enter out of habit) would otherwise answer a question the person never saw.
 * Absent (tests, the demo): every key counts as soon as its view is on React's screen.
 */
export interface PaintClock {
  frames: () => number;
}

export const PaintClockContext = createContext<PaintClock | null>(null);
