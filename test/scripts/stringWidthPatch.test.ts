import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import stringWidth from 'string-width';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NARROW_CLASS, patchStringWidth } from '../../scripts/stringWidthPatch.js';

const SOURCE = join(import.meta.dirname, '..', '..', 'node_modules', 'string-width', 'index.js');
// Inside the project, so the patched copy's own imports (strip-ansi, get-east-asian-width) resolve as the original's.
const DIR = join(import.meta.dirname, '..', '..', 'test-artifacts', `string-width-${process.pid}`);

/** Every character below U+3000 the patch's second fast path takes as one column wide. */
const NARROW = Array.from({ length: 0x3000 }, (_, c) => String.fromCodePoint(c)).filter((c) => new RegExp(`^[${NARROW_CLASS}]$`).test(c));

let patched: typeof stringWidth;
let madeAtImport = 0;

beforeAll(async () => {
  mkdirSync(DIR, { recursive: true });
  const file = join(DIR, 'index.mjs');
  writeFileSync(file, patchStringWidth(readFileSync(SOURCE, 'utf8'), SOURCE));
  // Intl's own typing makes Segmenter read-only; it is an ordinary writable property.
  const intl = Intl as { Segmenter: typeof Intl.Segmenter };
  const Segmenter = intl.Segmenter;
  let made = 0;
  intl.Segmenter = class extends Segmenter {
    constructor(...args: ConstructorParameters<typeof Segmenter>) {
      super(...args);
      made += 1;
    }
  };
  try {
    patched = (await import(pathToFileURL(file).href)).default;
    madeAtImport = made;
  } finally {
    intl.Segmenter = Segmenter;
  }
});
afterAll(() => rmSync(DIR, { recursive: true, force: true }));

describe('the string-width patch (scripts/stringWidthPatch.js)', () => {
  it('makes no Segmenter when the module is imported', () => {
    expect(madeAtImport).toBe(0);
  });

  it.each([
    ['', 0],
    ['plain ASCII', 11],
    ['\u001B[1mbold\u001B[22m', 4],
    ['café', 4],
    ['Sonographer’s — “clinical” site', 31],
    ['中文字', 6],
    ['👩‍⚕️ nurse', 8],
    ['1️⃣', 2],
    ['e\u0301', 1],
    ['\u200Bzero', 4],
  ])('measures %j as %i, as string-width does', (text, width) => {
    expect(patched(text)).toBe(width);
    expect(stringWidth(text)).toBe(width);
  });

  it('measures any text as the unpatched string-width does, ASCII first or not', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.boolean(), (text, ambiguousIsNarrow) => {
        expect(patched(text, { ambiguousIsNarrow })).toBe(stringWidth(text, { ambiguousIsNarrow }));
      }),
    );
  });

  it('takes as one column wide only characters string-width measures so, alone and beside others', () => {
    expect(NARROW.length).toBeGreaterThan(1000);
    const wrong = NARROW.filter((c) => stringWidth(c) !== 1 || stringWidth(`a${c}${c}é`) !== 4 || stringWidth(`${c}\u0301`) !== 1);
    expect(wrong).toEqual([]);
  });

  it('measures text of those characters as string-width does, and falls back past them', () => {
    const others = ['\u0301', '\u200D', '\uFE0F', '\u00AD', '中', '👩', '\u001B[1m', '\u25FD', '\t'];
    fc.assert(
      fc.property(fc.array(fc.oneof({ arbitrary: fc.constantFrom(...NARROW), weight: 9 }, { arbitrary: fc.constantFrom(...others), weight: 1 })), fc.boolean(), (parts, ambiguousIsNarrow) => {
        const text = parts.join('');
        expect(patched(text, { ambiguousIsNarrow })).toBe(stringWidth(text, { ambiguousIsNarrow }));
      }),
    );
  });

  it('stops the build when string-width no longer makes what it patches', () => {
    expect(() => patchStringWidth('export default (s) => s.length;\n', 'node_modules/string-width/index.js')).toThrow(/string-width's code changed/);
  });
});
