// What each chunk of the published bundle is made of: `node scripts/sizeReport.js` builds it in memory with the
// build's own options (nothing is written) and prints every chunk's size, what loads it, and its biggest inputs
// grouped by package. Use it before adding a dependency, and to check that a package meant for one command (the
// server's, for `serve`) lands only in chunks that command loads.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { bundleOptions } from './bundleOptions.js';

/** The package an input belongs to (`zod`, `@hono/node-server`), or its source folder (`src/core`). */
export function ownerOf(input) {
  const inPackage = input.match(/node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)/);
  return inPackage ? inPackage[1].replace('\\', '/') : input.split('/').slice(0, 2).join('/');
}

/** Per chunk: bytes, what it imports and what loads it (`(dynamic)` when by import()), and bytes per owner, largest first. */
export async function sizeReport() {
  const { metafile } = await build({ ...bundleOptions, write: false, metafile: true, logLevel: 'silent' });
  const outputs = Object.entries(metafile.outputs).filter(([file]) => file.endsWith('.js'));
  return outputs
    .map(([file, out]) => {
      const owners = {};
      for (const [input, { bytesInOutput }] of Object.entries(out.inputs)) owners[ownerOf(input)] = (owners[ownerOf(input)] ?? 0) + bytesInOutput;
      const loadedBy = outputs.filter(([, other]) => other.imports.some((i) => i.path === file)).map(([other, o]) => `${other.replace(/^dist\//, '')}${o.imports.find((i) => i.path === file)?.kind === 'dynamic-import' ? ' (dynamic)' : ''}`);
      const imports = out.imports.filter((i) => !i.external).map((i) => ({ file: i.path.replace(/^dist\//, ''), dynamic: i.kind === 'dynamic-import' }));
      return { file: file.replace(/^dist\//, ''), bytes: out.bytes, entry: out.entryPoint, imports, loadedBy, owners: Object.entries(owners).sort((a, b) => b[1] - a[1]) };
    })
    .sort((a, b) => b.bytes - a.bytes);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const chunks = await sizeReport();
  const kb = (n) => `${(n / 1000).toFixed(1)} kB`;
  console.log(`${chunks.length} chunks, ${kb(chunks.reduce((s, c) => s + c.bytes, 0))} of JavaScript`);
  for (const c of chunks) {
    console.log(`\n${c.file}  ${kb(c.bytes)}  ${c.entry ? `entry ${c.entry}` : `loaded by ${c.loadedBy.join(', ') || '?'}`}`);
    for (const [owner, bytes] of c.owners.slice(0, 6)) console.log(`  ${kb(bytes).padStart(9)}  ${owner}`);
  }
}
