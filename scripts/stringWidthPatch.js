// string-width makes an Intl.Segmenter and four Unicode-property regular expressions when it is imported, and the
// first string it measures past its fast path for printable ASCII compiles those patterns. Making the first Segmenter
// loads ICU's break data, and each property pattern is parsed into ICU sets: about 20 ms at import, and yargs imports
// string-width before any command runs, so every command, --version included, paid it before its first output. The
// first frame of the interview then paid about 30 ms more to compile them for its curly quotes, dashes and arrows.
// This patch:
// - makes them on the first string that needs them instead of at import;
// - adds a second fast path: text of printable ASCII and the narrow, single-code-point characters below (Latin
//   letters, punctuation, arrows, maths, box drawing, shapes: what questions and screens are written in) is one
//   column per character, as string-width itself measures it (test/scripts/stringWidthPatch.test.ts checks every one).
// If string-width's code changes, the build stops rather than ship a bundle that silently makes them at import again,
// or uses one before it is made.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const FILE = /[\\/]node_modules[\\/]string-width[\\/]index\.js$/;
/** A top-level constant made from a Segmenter or a regular expression with a Unicode property. */
const COSTLY = /^const (\w+) = (new Intl\.Segmenter\(\)|\/.*\\p\{.*\/[a-z]*);$/gm;
/** The fast path for printable ASCII, inside stringWidth: everything costly is used after it. */
const FAST_PATH = '\tif (/^[\\u0020-\\u007E]*$/.test(string)) {\n\t\treturn string.length;\n\t}\n';
const EXPECTED = ['segmenter', 'visibleCharacterRegex', 'spacingMarkRegex', 'rgiEmojiRegex', 'extendedPictographicRegex'];
/**
 * Characters one column wide where ambiguous characters count as narrow (string-width's default), none of which joins
 * a neighbour into one grapheme: not U+00AD (soft hyphen, zero wide), U+2028–U+202F and U+2060 on (separators and
 * invisible marks), U+25FD and U+25FE (emoji, two wide).
 */
export const NARROW_CLASS = '\\u0020-\\u007E\\u00A0-\\u00AC\\u00AE-\\u024F\\u2010-\\u2027\\u2030-\\u205E\\u2190-\\u22FF\\u2500-\\u25FC\\u25FF\\u2760-\\u2775';

export function patchStringWidth(code, path) {
  const made = [...code.matchAll(COSTLY)].map(([, name, value]) => ({ name, value }));
  const names = made.map((m) => m.name);
  if (names.join() !== EXPECTED.join() || code.split(FAST_PATH).length !== 2 || !code.includes('ambiguousIsNarrow = true,')) {
    throw new Error(`${path}: string-width's code changed; check what it makes at import and update scripts/stringWidthPatch.js`);
  }
  const narrow = `\tif (ambiguousIsNarrow && /^[${NARROW_CLASS}]*$/.test(string)) {\n\t\treturn string.length;\n\t}\n`;
  const lazy = code.replace(COSTLY, 'let $1;').replace(FAST_PATH, `${FAST_PATH}\n${narrow}\n\tif (segmenter === undefined) makeCostly();\n`);
  return `${lazy}\nfunction makeCostly() {\n${made.map(({ name, value }) => `\t${name} = ${value};`).join('\n')}\n}\n`;
}

/**
 * The esbuild plugin for the bundle. Every copy of string-width resolves to the one at the top of node_modules:
 * wrap-ansi and cliui ask for version 7, whose calls are the same, and one copy is less to load and to patch.
 */
export const stringWidthPatchPlugin = {
  name: 'string-width-patch',
  setup(build) {
    build.onResolve({ filter: /^string-width$/ }, () => ({ path: fileURLToPath(new URL('../node_modules/string-width/index.js', import.meta.url)) }));
    build.onLoad({ filter: FILE }, async ({ path }) => ({ contents: patchStringWidth(await readFile(path, 'utf8'), path), loader: 'js' }));
  },
};
