// Bundles src/ into dist/ as one self-contained ESM program: every dependency is inside, nothing is
// installed at run time (except PGlite, which `serve` alone loads when present: see bundleOptions.js). The Ink interview and the demo are separate chunks, loaded only when a
// terminal session starts, so --help, --version, --answers, plan and report never load Ink or React.
import { build } from 'esbuild';
import { mkdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { BUILD_STAMP } from './buildStamp.js';
import { bundleOptions } from './bundleOptions.js';
import { compileContent } from './compileContent.js';

const started = new Date();
rmSync(BUILD_STAMP, { force: true });
rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });
await build(bundleOptions);
await compileContent('questions', 'dist/content.json.br');
// Dated when this build began, so a file saved while it ran counts as newer and the next `npm start` builds again.
mkdirSync(new URL('.', BUILD_STAMP), { recursive: true });
writeFileSync(BUILD_STAMP, '');
utimesSync(BUILD_STAMP, started, started);
