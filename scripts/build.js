// Bundles src/ into dist/ as one self-contained ESM program: every dependency is inside, nothing is
// installed at run time. The Ink interview and the demo are separate chunks, loaded only when a
// terminal session starts, so --help, --version, --answers, plan and report never load Ink or React.
import { build } from 'esbuild';
import { mkdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { BUILD_STAMP } from './buildStamp.js';
import { compileContent } from './compileContent.js';
import { inkPatchPlugin } from './inkPatch.js';
import { yogaPatchPlugin } from './yogaPatch.js';
import { inkDevtoolsStub } from './stubs/inkDevtools.js';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

const started = new Date();
rmSync(BUILD_STAMP, { force: true });
rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });
await build({
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
  // Some bundled packages are CommonJS and call require() for Node's own modules.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  alias: {
    'ajv/dist/2020.js': './scripts/stubs/ajv.js',
    'ajv-formats': './scripts/stubs/ajv.js',
  },
  define: { __VERSION__: JSON.stringify(version), 'process.env.NODE_ENV': '"production"' },
  plugins: [inkPatchPlugin, yogaPatchPlugin, inkDevtoolsStub],
  logLevel: 'warning',
});
await compileContent('questions', 'dist/content.json');
// Dated when this build began, so a file saved while it ran counts as newer and the next `npm start` builds again.
mkdirSync(new URL('.', BUILD_STAMP), { recursive: true });
writeFileSync(BUILD_STAMP, '');
utimesSync(BUILD_STAMP, started, started);
