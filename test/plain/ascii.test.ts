import { describe, expect, it } from 'vitest';
import { toAscii } from '../../src/core/text/toAscii.js';
import { wantsAscii } from '../../src/plain/wantsAscii.js';

describe('toAscii', () => {
  it.each<[string, string, string]>([
    ['the header dot and dashes', 'Question 6 of 18 · Your site — or – not', 'Question 6 of 18 - Your site - or - not'],
    ['curly quotes and apostrophes', '“12” isn’t ‘one’', '"12" isn\'t \'one\''],
    ['bullets, ellipsis, arrows and the pointer', '• a… → b ← c ❯ d', '* a... -> b <- c > d'],
    ['accents', 'Cañon, résumé', 'Canon, resume'],
    ['the section sign in a legal citation', 'OAR § 333-106', 'OAR Sec. 333-106'],
    ['a no-break space', '5\u00A0minutes', '5 minutes'],
    ['what has no stand-in, one ? per character', 'ok ✓ 日本 😀', 'ok ? ?? ?'],
    ['ASCII stays as it is', 'Type < to go back, or ? to list them.', 'Type < to go back, or ? to list them.'],
  ])('%s', (_name, text, expected) => {
    expect(toAscii(text)).toBe(expected);
  });
});

describe('wantsAscii', () => {
  it.each<[string, Parameters<typeof wantsAscii>[0], boolean]>([
    ['--ascii', { ascii: true, env: { LANG: 'en_US.UTF-8' }, platform: 'linux' }, true],
    ['--no-ascii, whatever the locale', { ascii: false, env: { LANG: 'C' }, platform: 'linux' }, false],
    ['a UTF-8 LANG', { env: { LANG: 'en_US.UTF-8' }, platform: 'linux' }, false],
    ['C.UTF-8, any case and spelling', { env: { LANG: 'C.utf8' }, platform: 'linux' }, false],
    ['a Latin-1 LANG', { env: { LANG: 'de_DE.ISO-8859-1' }, platform: 'linux' }, true],
    ['LC_ALL wins over LANG', { env: { LC_ALL: 'C', LANG: 'en_US.UTF-8' }, platform: 'darwin' }, true],
    ['LC_CTYPE wins over LANG', { env: { LC_CTYPE: 'en_US.UTF-8', LANG: 'C' }, platform: 'linux' }, false],
    ['an empty LC_ALL is not set', { env: { LC_ALL: '', LANG: 'en_US.UTF-8' }, platform: 'linux' }, false],
    ['no locale at all (the C locale)', { env: {}, platform: 'linux' }, true],
    ['no locale on Windows, whose console shows Unicode', { env: {}, platform: 'win32' }, false],
  ])('%s', (_name, signals, expected) => {
    expect(wantsAscii(signals)).toBe(expected);
  });
});
