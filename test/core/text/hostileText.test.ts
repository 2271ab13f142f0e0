import { describe, expect, it } from 'vitest';
import { removeUnsafe } from '../../../src/core/text/removeUnsafe.js';
import { safeJson } from '../../../src/core/text/safeJson.js';
import { stripControl } from '../../../src/core/text/stripControl.js';
import { escapeMarkdown, markdownUrl } from '../../../src/render/escapeMarkdown.js';
import { RAW_UNSAFE } from '../../e2e/hostileSamples.js';

/** Issue 6, hostile content: what a value may carry, and what printing it must leave. */
const HOSTILE: [string, string, string][] = [
  // name, input, stripControl(input)
  ['CSI colour', 'a\u001b[31mred\u001b[0m', 'ared'],
  ['cursor moves', 'a\u001b[2A\u001b[10;20Hb\u001b[K', 'ab'],
  ['clear screen', 'a\u001b[2J\u001b[3Jb', 'ab'],
  ['private-mode CSI (hide cursor)', 'a\u001b[?25lb', 'ab'],
  ['OSC 8 hyperlink (BEL)', '\u001b]8;;http://evil.example\u0007click\u001b]8;;\u0007', 'click'],
  ['OSC 8 hyperlink (ST)', '\u001b]8;;http://evil.example\u001b\\click\u001b]8;;\u001b\\', 'click'],
  ['OSC 52 clipboard write', 'a\u001b]52;c;cm0gLXJmIH4K\u0007b', 'ab'],
  ['OSC 0 window title', 'a\u001b]0;pwned\u0007b', 'ab'],
  ['an unterminated OSC eats to the end', 'a\u001b]52;c;cm0gLXJmIH4K', 'a'],
  ['DCS string', 'a\u001bP1$qm\u001b\\b', 'ab'],
  ['8-bit CSI (U+009B)', 'a\u009b2Jb', 'ab'],
  ['8-bit OSC (U+009D … U+009C)', 'a\u009d52;c;eA==\u009cb', 'ab'],
  ['other C1 controls (NEL is a line break)', 'a\u0085\u008d\u0099b', 'a b'],
  ['8-bit DCS string', 'a\u0090q#0;2;0;0;0\u009cb', 'ab'],
  ['ESC c (full reset)', 'a\u001bcb', 'ab'],
  ['ESC # 8 (fill screen)', 'a\u001b#8b', 'ab'],
  ['charset switch ESC ( 0', 'a\u001b(0b', 'ab'],
  ['bare carriage return (overwrite the line)', 'safe\rEVIL', 'safe EVIL'],
  ['backspaces', 'rm\b\b\bok', 'rmok'],
  ['bell, NUL, vertical tab, form feed', 'a\u0007\u0000b\u000bc\u000cd', 'ab c d'],
  ['DEL', 'a\u007fb', 'ab'],
  ['RLO U+202E', 'invoice\u202efdp.exe', 'invoicefdp.exe'],
  ['LRE/RLE/PDF/LRO', '\u202a\u202b\u202c\u202dx', 'x'],
  ['isolates U+2066–2069', '\u2066a\u2067b\u2068c\u2069', 'abc'],
  ['LRM/RLM and the Arabic letter mark', 'a\u200e\u200f\u061cb', 'ab'],
  ['zero-width space, word joiner, BOM', 'pa\u200bss\u2060wo\ufeffrd', 'password'],
  ['Unicode tag characters (hidden text)', `ok${String.fromCodePoint(0xe0041, 0xe0042)}`, 'ok'],
  ['line and paragraph separators', 'a\u2028b\u2029c', 'a b c'],
  ['line feeds and tabs become spaces', 'a\nb\tc', 'a b c'],
  ['letters, accents, emoji with ZWJ and CJK stay', 'José 👩‍⚕️ 放射線 ½', 'José 👩‍⚕️ 放射線 ½'],
];


describe('stripControl', () => {
  it.each(HOSTILE)('%s', (_name, input, expected) => {
    expect(stripControl(input)).toBe(expected);
    expect(stripControl(input)).not.toMatch(RAW_UNSAFE);
  });
});

describe('removeUnsafe keeps tab and line feed for CSV cells', () => {
  it.each([
    ['tab and line feed stay', 'a\tb\nc', 'a\tb\nc'],
    ['a carriage return goes (callers normalise first)', 'a\rb', 'ab'],
    ['escapes still go', 'a\u001b[31m\nb\u202e', 'a\nb'],
  ])('%s', (_name, input, expected) => {
    expect(removeUnsafe(input)).toBe(expected);
  });
});

describe('safeJson: free text kept as typed, printed as escapes', () => {
  it.each(HOSTILE)('%s', (_name, input) => {
    const text = safeJson({ obstacle: input }, 2);
    expect(text).not.toMatch(RAW_UNSAFE);
    expect(JSON.parse(text)).toEqual({ obstacle: input });
  });

  it('writes the same as JSON.stringify when nothing needs escaping', () => {
    const value = { a: ['x', 1, null], b: { c: 'José 👩‍⚕️' } };
    expect(safeJson(value, 2)).toBe(JSON.stringify(value, null, 2));
    expect(safeJson(value)).toBe(JSON.stringify(value));
  });
});

describe('escapeMarkdown with hostile text', () => {
  it.each([
    ['escape sequences go', 'a\u001b[31m\u001b]8;;http://x\u0007b', 'ab'],
    ['bidi goes', 'a\u202eb', 'ab'],
    ['a table pipe is escaped', 'a | b', 'a \\| b'],
    ['a character reference cannot become a bidi control', '&#x202E;', '\\&#x202E;'],
    ['an image', '![x](http://evil/p.png)', '!\\[x\\](http://evil/p.png)'],
    ['an HTML tag', '<img src=x onerror=alert(1)>', '\\<img src=x onerror=alert(1)\\>'],
    ['an autolink', '<http://evil>', '\\<http://evil\\>'],
    ['a reference definition', '[a]: http://evil', '\\[a\\]: http://evil'],
    ['line breaks cannot start a block', 'a\r\n# b\n| c |', 'a # b \\| c \\|'],
  ])('%s', (_name, input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected);
  });

  it.each<[string, string, string]>([
    ['an escape sequence in a link target is percent-encoded', 'https://x.org/\u001b[2Ja', 'https://x.org/%1B[2Ja'],
    ['bidi in a link target is percent-encoded', 'https://x.org/\u202ea', 'https://x.org/%E2%80%AEa'],
    ['a parenthesis cannot end the target', 'https://x.org/a)b', 'https://x.org/a%29b'],
  ])('markdownUrl: %s', (_name, url, expected) => {
    expect(markdownUrl(url)).toBe(expected);
  });
});
