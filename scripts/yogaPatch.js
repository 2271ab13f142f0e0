// Yoga (Ink's layout engine) ships as WebAssembly inside a base64 data: URL. Emscripten's loader fetches
// that URL whenever a global fetch exists, and on Node that first fetch loads undici, Node's whole HTTP
// client, to decode bytes already in memory: tens of milliseconds on the way to the first Ink frame.
// This makes the loader decode the base64 directly, as it does where there is no fetch. If yoga's code
// changes, the build stops rather than ship a bundle that silently loads undici again.
import { readFile } from 'node:fs/promises';

const FILE = /[\\/]yoga-layout[\\/]dist[\\/]binaries[\\/]yoga-wasm-base64-esm\.js$/;
const FETCHES = 'function ya(){return w||"function"!=typeof fetch?';
const DECODES = 'function ya(){return !0?';

export function patchYoga(code, path) {
  if (!FILE.test(path) || code.includes(DECODES)) return code;
  if (!code.includes(FETCHES)) throw new Error(`${path}: yoga's wasm loader changed; check how it loads the wasm and update scripts/yogaPatch.js`);
  return code.replace(FETCHES, DECODES);
}

/** The esbuild plugin for the bundle. */
export const yogaPatchPlugin = {
  name: 'yoga-patch',
  setup(build) {
    build.onLoad({ filter: FILE }, async ({ path }) => ({ contents: patchYoga(await readFile(path, 'utf8'), path), loader: 'js' }));
  },
};
