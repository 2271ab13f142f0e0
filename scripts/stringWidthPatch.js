// string-width makes an Intl.Segmenter and four Unicode-property regular expressions when it is imported. Making the
// first Segmenter loads ICU's break data, and each property pattern is parsed into ICU sets: about 20 ms together,
// and yargs imports string-width before any command runs, so every command, --version included, paid it before its
// first output. Every one of them is used only after string-width's fast path for printable ASCII, so this makes them
// on the first string that is not printable ASCII instead. If string-width's code changes, the build stops rather
// than ship a bundle that silently makes them at import again, or uses one before it is made.
import { readFile } from 'node:fs/promises';

const FILE = /[\\/]node_modules[\\/]string-width[\\/]index\.js$/;
/** A top-level constant made from a Segmenter or a regular expression with a Unicode property. */
const COSTLY = /^const (\w+) = (new Intl\.Segmenter\(\)|\/.*\\p\{.*\/[a-z]*);$/gm;
/** The fast path for printable ASCII, inside stringWidth: everything costly is used after it. */
const FAST_PATH = '\tif (/^[\\u0020-\\u007E]*$/.test(string)) {\n\t\treturn string.length;\n\t}\n';
const EXPECTED = ['segmenter', 'visibleCharacterRegex', 'spacingMarkRegex', 'rgiEmojiRegex', 'extendedPictographicRegex'];

export function patchStringWidth(code, path) {
  const made = [...code.matchAll(COSTLY)].map(([, name, value]) => ({ name, value }));
  const names = made.map((m) => m.name);
  if (names.join() !== EXPECTED.join() || code.split(FAST_PATH).length !== 2) {
    throw new Error(`${path}: string-width's code changed; check what it makes at import and update scripts/stringWidthPatch.js`);
  }
  const lazy = code
    .replace(COSTLY, 'let $1;')
    .replace(FAST_PATH, `${FAST_PATH}\n\tif (segmenter === undefined) makeCostly();\n`);
  return `${lazy}\nfunction makeCostly() {\n${made.map(({ name, value }) => `\t${name} = ${value};`).join('\n')}\n}\n`;
}

/**
 * The esbuild plugin for the bundle. Every copy of string-width resolves to the one at the top of node_modules:
 * wrap-ansi and cliui ask for version 7, whose calls are the same, and one copy is less to load and to patch.
 */
export const stringWidthPatchPlugin = {
  name: 'string-width-patch',
  setup(build) {
    build.onResolve({ filter: /^string-width$/ }, () => ({ path: new URL('../node_modules/string-width/index.js', import.meta.url).pathname }));
    build.onLoad({ filter: FILE }, async ({ path }) => ({ contents: patchStringWidth(await readFile(path, 'utf8'), path), loader: 'js' }));
  },
};
