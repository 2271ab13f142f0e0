// Bundles src/ into dist/: cli.js starts fast; the Ink interview is a separate chunk loaded only when interactive.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

await build({
  entryPoints: { cli: 'src/cli/main.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  jsx: 'automatic',
  define: { __VERSION__: JSON.stringify(version) },
  logLevel: 'warning',
});
