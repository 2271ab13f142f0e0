import { describe, expect, it } from 'vitest';
import { nextStartingWith, NUMBER_PAUSE_MS, typeDigit, type TypedNumber } from '../../src/ui/listJump.js';

describe('typeDigit: numbers move the highlight, two digits typed together make one number', () => {
  const at = (digits: string, time: number): TypedNumber => ({ digits, at: time });
  it.each<[string, TypedNumber | null, number, number, number, number | null, string]>([
    ['a first digit', null, 3, 1000, 9, 2, '3'],
    ['a digit with no such option', null, 7, 1000, 5, null, '7'],
    ['0 alone is no option', null, 0, 1000, 15, null, '0'],
    ['1 then 2 quickly, in a list of 15', at('1', 1000), 2, 1300, 15, 11, '12'],
    ['1 then 0 quickly: option 10', at('1', 1000), 0, 1100, 12, 9, '10'],
    ['1 then 2 after a pause: option 2', at('1', 1000), 2, 1000 + NUMBER_PAUSE_MS + 1, 15, 1, '2'],
    ['1 then 2 quickly, but only 9 options: option 2', at('1', 1000), 2, 1100, 9, 1, '2'],
    ['12 then 3 quickly, 15 options: 123 is none, so 3', at('12', 1000), 3, 1100, 15, 2, '3'],
  ])('%s', (_name, before, digit, now, count, index, digits) => {
    const result = typeDigit(before, digit, now, count);
    expect(result.index).toBe(index);
    expect(result.typed.digits).toBe(digits);
  });
});

describe('nextStartingWith: a letter moves to the next option starting with it', () => {
  const labels = ['Hospital', 'Imaging center', 'Home health', '“Other” site', 'Physician office'];
  it.each<[string, number, string, number | null]>([
    ['the next one after the cursor', 0, 'h', 2],
    ['wrapping round to the first', 2, 'h', 0],
    ['skipping quotes and punctuation', 0, 'o', 3],
    ['none: stays put (null)', 1, 'z', null],
    ['itself when it is the only one', 4, 'p', 4],
  ])('%s', (_name, cursor, letter, expected) => {
    expect(nextStartingWith(labels, cursor, letter)).toBe(expected);
  });
});
