import { describe, expect, it } from 'vitest';
import { csvRow } from '../../src/render/csvRow.js';

describe('csvRow', () => {
  it.each<[string, string | number | null | undefined, string]>([
    ['plain text', 'hospital', 'hospital'],
    ['empty string', '', ''],
    ['null', null, ''],
    ['undefined', undefined, ''],
    ['a number', 42, '42'],
    ['a negative number is left alone', -3, '-3'],
    ['a decimal number', 78.9, '78.9'],
    ['a comma', 'a,b', '"a,b"'],
    ['quotes are doubled', 'say "hi"', '"say ""hi"""'],
    ['a line feed', 'one\ntwo', '"one\ntwo"'],
    ['CRLF becomes LF', 'one\r\ntwo', '"one\ntwo"'],
    ['a formula', '=1+1', "'=1+1"],
    ['a plus', '+x', "'+x"],
    ['a minus', '-x', "'-x"],
    ['a negative number as text', '-3', "'-3"],
    ['an at sign', '@x', "'@x"],
    ['a leading tab', '\tx', "'\tx"],
    ['a leading CR', '\rx', "\"'\nx\""],
    ['a formula that needs quotes', '=HYPERLINK("http://x","y")', '"\'=HYPERLINK(""http://x"",""y"")"'],
    ['a formula hidden behind an escape sequence', '\u001b[31m=1+1', "'=1+1"],
    ['a CSI colour sequence', 'red \u001b[31mtext\u001b[0m', 'red text'],
    ['an OSC title sequence', 'a\u001b]0;pwned\u0007b', 'ab'],
    ['a C1 CSI sequence', 'a\u009b2Jb', 'ab'],
    ['NUL, bell and backspace', 'a\u0000b\u0007c\bd', 'abcd'],
    ['DEL', 'a\u007fb', 'ab'],
    ['an inner tab is kept', 'a\tb', 'a\tb'],
    ['an inner equals sign is fine', 'a=b', 'a=b'],
    ['a formula after leading spaces', '  =1+1', "'  =1+1"],
    ['a plus after a leading space', ' +x', "' +x"],
    ['an at sign after a no-break space', '\u00a0@SUM(A1)', "'\u00a0@SUM(A1)"],
    ['a minus after leading spaces and a line feed', ' \n-x', '"\' \n-x"'],
    ['a formula behind an OSC 8 link', '\u001b]8;;http://evil\u0007=1+1', "'=1+1"],
    ['a formula behind a bidi override', '\u202e=1+1', "'=1+1"],
    ['a formula behind a zero-width space', '\u200b=1+1', "'=1+1"],
    ['bidi isolates are removed', 'a\u2066b\u2069c', 'abc'],
    ['a line separator becomes a quoted line feed', 'a\u2028b', '"a\nb"'],
    ['a bare CR mid-cell is a line feed, quoted', 'a\rb', '"a\nb"'],
    ['an ordinary leading space is kept', ' hospital', ' hospital'],
  ])('%s', (_name, cell, expected) => {
    expect(csvRow([cell])).toBe(expected);
  });

  it('joins cells with commas and adds no line break', () => {
    expect(csvRow(['a', 1, null, 'b,c', undefined])).toBe('a,1,,"b,c",');
  });

  it('writes an empty row as an empty line', () => {
    expect(csvRow([])).toBe('');
  });
});
