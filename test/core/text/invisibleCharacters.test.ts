import { describe, expect, it } from 'vitest';
import { unsafeCharacter } from '../../../src/core/bank/unsafeCharacter.js';
import { removeUnsafe } from '../../../src/core/text/removeUnsafe.js';
import { stripControl } from '../../../src/core/text/stripControl.js';

/** The characters the outside attack found surviving into CSV, REDCap and text output: each draws nothing. */
const INVISIBLE = [0x3164, 0x115f, 0x1160, 0xffa0, 0x00ad, 0x034f, 0x17b4, 0x17b5, 0x180b, 0x180c, 0x180d, 0x180e, 0x180f, 0x1bca0, 0x1bca3, 0x1d173, 0x1d17a, 0xfff0, 0xfff8, 0x2800];

describe('characters that draw nothing are removed wherever text is printed', () => {
  it.each(INVISIBLE.map((cp) => [`U+${cp.toString(16).toUpperCase().padStart(4, '0')}`, String.fromCodePoint(cp)]))('%s', (_name, ch) => {
    expect(removeUnsafe(`pay${ch}pal`)).toBe('paypal');
    expect(stripControl(`pay${ch}pal`)).toBe('paypal');
    // A bank that carries one is refused, naming it, rather than shown as something it is not.
    expect(unsafeCharacter(`pay${ch}pal`)).toMatchObject({ what: 'invisible', codePoint: expect.stringMatching(/^U\+/) as unknown as string });
  });
});

describe('line and paragraph separators are spaces, never line breaks', () => {
  it.each([
    ['U+2028', '\u2028'],
    ['U+2029', '\u2029'],
    ['U+0085', '\u0085'],
  ])('%s', (_name, ch) => {
    expect(removeUnsafe(`Night${ch}shifts`)).toBe('Night shifts');
    expect(stripControl(`Night${ch}shifts`)).toBe('Night shifts');
    expect(unsafeCharacter(`Night${ch}shifts`)).toMatchObject({ what: 'lineBreak' });
  });
});

describe('what stays', () => {
  it('keeps joiners that emoji and scripts need, and ordinary letters', () => {
    expect(removeUnsafe('👩‍⚕️ مي‌خواهم Ñandú')).toBe('👩‍⚕️ مي‌خواهم Ñandú');
  });
});
