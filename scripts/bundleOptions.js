// The esbuild options of the published bundle, shared by scripts/build.js (which writes dist/) and
// scripts/sizeReport.js (which builds the same bundle in memory to say what each chunk is made of).
import { readFileSync } from 'node:fs';
import { inkPatchPlugin } from './inkPatch.js';
import { stringWidthPatchPlugin } from './stringWidthPatch.js';
import { yogaPatchPlugin } from './yogaPatch.js';
import { inkDevtoolsStub } from './stubs/inkDevtools.js';
import { zodLocalesStub } from './stubs/zodLocales.js';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

/**
 * Packages the bundle never contains. PGlite (@electric-sql/pglite, about 27 MB with its WebAssembly Postgres) is
 * for `serve` alone: it is an optional peer dependency, imported dynamically only when `serve` runs without
 * `--db postgres://…`, so the technologist's package stays one small package.
 */
export const NEVER_BUNDLED = ['@electric-sql/pglite'];

export const bundleOptions = {
  entryPoints: { cli: 'src/cli/cli.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  minify: true,
  legalComments: 'linked',
  jsx: 'automatic',
  external: NEVER_BUNDLED,
  // Some bundled packages are CommonJS and call require() for Node's own modules.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  alias: {
    'ajv/dist/2020.js': './scripts/stubs/ajv.js',
    'ajv-formats': './scripts/stubs/ajv.js',
    semver: './scripts/stubs/semver.js',
  },
  define: { __VERSION__: JSON.stringify(version), 'process.env.NODE_ENV': '"production"' },
  plugins: [inkPatchPlugin, yogaPatchPlugin, stringWidthPatchPlugin, inkDevtoolsStub, zodLocalesStub],
  logLevel: 'warning',
};
