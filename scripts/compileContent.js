// Validates the shipped question bank, plan wording and personas once, at build time, and writes them
// to dist/content.json.br (JSON, brotli-compressed for the package's size budget): the installed app reads that with JSON.parse instead of parsing YAML and
// running the schemas on every start. A bank with problems fails the build with the same messages
// `clinical-path validate` prints.
import { build } from 'esbuild';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { pathToFileURL } from 'node:url';

export async function compileContent(questionsDir, outFile) {
  // Inside the project, so the bundled loader resolves zod and yaml from node_modules.
  const dir = join('node_modules', '.cache', 'clinical-path-build');
  mkdirSync(dir, { recursive: true });
  try {
    const loader = join(dir, 'loadBank.mjs');
    await build({ entryPoints: ['src/files/loadBank.ts'], outfile: loader, bundle: true, format: 'esm', platform: 'node', packages: 'external', logLevel: 'warning', absWorkingDir: process.cwd() });
    const { loadContent } = await import(pathToFileURL(loader).href);
    const result = loadContent(questionsDir, 'questions');
    if (!result.ok) {
      const lines = result.problems.map((p) => [p.file, p.questionId, p.field, p.message].filter(Boolean).join(': '));
      throw new Error(`The question bank is not valid:\n${lines.join('\n')}`);
    }
    writeFileSync(outFile, brotliCompressSync(JSON.stringify(result.content), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
