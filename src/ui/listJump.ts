import { useRef } from 'react';
import type { Intent } from './keyMap.js';

/** Digits typed within this many milliseconds of each other make one number: 1 then 2 is option 12. */
export const NUMBER_PAUSE_MS = 800;

export interface TypedNumber {
  digits: string;
  at: number;
}

/**
 * The option a digit moves the highlight to, in a list of `count` numbered options: the digit joined to the one
 * typed just before when that names an option (1, 2 → 12 in a list of 15), else the digit alone.
 * `index` is null when no option has that number.
 */
export function typeDigit(before: TypedNumber | null, digit: number, now: number, count: number): { typed: TypedNumber; index: number | null } {
  if (before && now - before.at <= NUMBER_PAUSE_MS) {
    const joined = `${before.digits}${digit}`;
    const number = Number(joined);
    if (number >= 1 && number <= count) return { typed: { digits: joined, at: now }, index: number - 1 };
  }
  return { typed: { digits: String(digit), at: now }, index: digit >= 1 && digit <= count ? digit - 1 : null };
}

/** The first letter a label is found by: "“Other” option" by o, "3D imaging" by nothing. */
function initial(label: string): string {
  return (label.match(/\p{L}/u)?.[0] ?? '').toLowerCase();
}

/** The next option after `cursor` (wrapping round) whose label starts with `letter`; null when none does. */
export function nextStartingWith(labels: readonly string[], cursor: number, letter: string): number | null {
  for (let step = 1; step <= labels.length; step++) {
    const index = (cursor + step) % labels.length;
    if (initial(labels[index] ?? '') === letter) return index;
  }
  return null;
}

/**
 * Digits and letters in a list, the same way on every list: where they move the highlight, or null when they
 * don't (no such number, no such letter, or another intent). Moving never chooses; Enter does.
 */
export function useListJump(): (intent: Intent, labels: readonly string[], cursor: number) => number | null {
  const typed = useRef<TypedNumber | null>(null);
  return (intent, labels, cursor) => {
    if (intent.type === 'letter') return nextStartingWith(labels, cursor, intent.letter);
    if (intent.type !== 'digit') return null;
    const { typed: now, index } = typeDigit(typed.current, intent.digit, Date.now(), labels.length);
    typed.current = now;
    return index;
  };
}
