import { describe, expect, it } from 'vitest';
import { PROSE, wrapLines } from '../../../src/core/text/wrapLines.js';

describe('wrapLines: the one wrap function', () => {
  it('on screen: wraps at spaces, starts a line at each \\n, cuts a word longer than a line', () => {
    expect(wrapLines('Which kinds of site?', 10)).toEqual(['Which', 'kinds of', 'site?']);
    expect(wrapLines('one\ntwo three', 9)).toEqual(['one', 'two three']);
    expect(wrapLines('abcdefghij kl', 4)).toEqual(['abcd', 'efgh', 'ij', 'kl']);
    expect(wrapLines('', 10)).toEqual(['']);
  });

  it('printed prose: whitespace runs become one space, a long address keeps a line of its own, a hanging indent narrows the rest', () => {
    expect(wrapLines('See  the\n board\tat', 20, PROSE)).toEqual(['See the board at']);
    expect(wrapLines('at https://example.org/a/long/path now', 10, PROSE)).toEqual(['at', 'https://example.org/a/long/path', 'now']);
    expect(wrapLines('one two three four', 9, { ...PROSE, restWidth: 5 })).toEqual(['one two', 'three', 'four']);
    expect(wrapLines('  ', 10, PROSE)).toEqual(['']);
  });
});
