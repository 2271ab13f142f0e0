import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countLines } from '../../src/ui/countLines.js';
import { listWindow } from '../../src/ui/listWindow.js';
import { matchOptions } from '../../src/ui/matchOptions.js';
import { moveCursor } from '../../src/ui/moveCursor.js';

describe('listWindow', () => {
  it('shows everything when it fits', () => {
    expect(listWindow(5, 4, 5)).toEqual({ start: 0, end: 5, hiddenAbove: 0, hiddenBelow: 0 });
  });

  it('uses one marker at the ends and two in the middle', () => {
    expect(listWindow(20, 0, 6)).toEqual({ start: 0, end: 5, hiddenAbove: 0, hiddenBelow: 15 });
    expect(listWindow(20, 19, 6)).toEqual({ start: 15, end: 20, hiddenAbove: 15, hiddenBelow: 0 });
    expect(listWindow(20, 10, 6)).toMatchObject({ hiddenAbove: 9, hiddenBelow: 7 });
  });

  it('always shows the cursor and never needs more than the height', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 200 }), fc.integer({ min: 3, max: 60 }), fc.nat(), (count, height, at) => {
        const cursor = at % count;
        const w = listWindow(count, cursor, height);
        const lines = w.end - w.start + (w.hiddenAbove > 0 ? 1 : 0) + (w.hiddenBelow > 0 ? 1 : 0);
        expect(lines).toBeLessThanOrEqual(height);
        expect(cursor).toBeGreaterThanOrEqual(w.start);
        expect(cursor).toBeLessThan(w.end);
        expect(w.hiddenAbove + (w.end - w.start) + w.hiddenBelow).toBe(count);
      }),
    );
  });
});

describe('moveCursor', () => {
  it.each([
    ['up', 0, 4],
    ['up', 2, 1],
    ['down', 4, 0],
    ['down', 1, 2],
    ['pageDown', 1, 4],
    ['pageUp', 3, 0],
    ['home', 3, 0],
    ['end', 0, 4],
    ['toggle', 2, 2],
  ] as const)('%s from %i → %i (5 rows, page 3)', (intent, from, to) => {
    expect(moveCursor(intent, from, 5, 3)).toBe(to);
  });
});

describe('countLines', () => {
  it.each([
    ['', 10, 1],
    ['short', 10, 1],
    ['exactly ten', 11, 1],
    ['two words', 5, 2],
    ['a b c d e f', 3, 3],
    ['abcdefghijkl', 5, 3],
    ['one\ntwo', 80, 2],
  ])('%j at %i columns takes %i lines', (text, width, lines) => {
    expect(countLines(text, width)).toBe(lines);
  });
});

describe('matchOptions', () => {
  const states = [
    { value: 'NM', label: 'New Mexico' },
    { value: 'NY', label: 'New York' },
    { value: 'OR', label: 'Oregon' },
  ];
  it.each([
    ['', ['NM', 'NY', 'OR']],
    ['new', ['NM', 'NY']],
    ['  NEW ', ['NM', 'NY']],
    ['or', ['NY', 'OR']],
    ['ny', ['NY']],
    ['zz', []],
  ])('%j matches %j', (query, values) => {
    expect(matchOptions(states, query).map((o) => o.value)).toEqual(values);
  });

  it('ignores accents', () => {
    expect(matchOptions([{ value: 'x', label: 'Río Grande' }], 'rio')).toHaveLength(1);
  });
});
