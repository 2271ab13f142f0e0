// Ink 6.8 throws "Cannot read properties of undefined (reading 'startsWith')" and ends the interview
// with a stack trace when the terminal sends a Ctrl+key escape sequence it has no name for: Ctrl+F1 to
// Ctrl+F4 (ESC[1;5P…S) in xterm, some focus reports. Ink fixed it upstream (vadimdemedes/ink#901, #902)
// only in Ink 7, which needs Node 22. This applies the same one-line fix to the copy of Ink we bundle
// and to the one the tests load. If Ink's code changes, the build stops rather than ship unpatched.
import { readFile } from 'node:fs/promises';

const FILE = /[\\/]ink[\\/]build[\\/]hooks[\\/]use-input\.js$/;
const UNSAFE = 'input = keypress.name;';
const SAFE = "input = keypress.name ?? '';";

export function patchInk(code, path) {
  if (!FILE.test(path)) return code;
  if (code.includes(SAFE)) return code;
  if (!code.includes(UNSAFE)) throw new Error(`${path}: Ink's input handling changed; check whether ink#902 is in this version and update scripts/inkPatch.js`);
  return code.replaceAll(UNSAFE, SAFE);
}

/** The esbuild plugin for the bundle. */
export const inkPatchPlugin = {
  name: 'ink-patch',
  setup(build) {
    build.onLoad({ filter: FILE }, async ({ path }) => {
      return { contents: patchInk(await readFile(path, 'utf8'), path), loader: 'js' };
    });
  },
};
