import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../../src', import.meta.url));
const PLAIN = join(SRC, 'plain');
const STATIC_IMPORT = /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|(?:^|\n)\s*import\s+['"]([^'"]+)['"]/g;

/**
 * The modules a source file loads as soon as it is loaded: static imports, not type-only ones (erased) and not
 * `import()` (loaded only when that code runs).
 */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(STATIC_IMPORT)].filter((m) => !/^(?:import|export)\s+type\s/.test(m[0].trim())).map((m) => (m[1] ?? m[2])!);
}

/** The source files reachable from `entry` through relative imports, and the packages they import. */
function closure(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    for (const spec of importsOf(file)) {
      if (spec.startsWith('.')) visit(resolve(dirname(file), spec).replace(/\.js$/, '.ts'));
      else packages.add(spec);
    }
  };
  visit(entry);
  return { files, packages };
}

describe('plain mode loads without Ink', () => {
  const entries = readdirSync(PLAIN).filter((n) => n.endsWith('.ts'));

  it.each(entries)('%s imports neither ink nor react, directly or through other modules', (name) => {
    const { files, packages } = closure(join(PLAIN, name));
    expect([...packages].filter((p) => /^(ink|react)(\/|-|$)/.test(p))).toEqual([]);
    expect([...files].filter((f) => f.startsWith(join(SRC, 'ui')) || f.endsWith('.tsx'))).toEqual([]);
  });

  it('the interview command reaches the Ink interview only through a lazy import()', () => {
    const command = join(SRC, 'cli', 'commands', 'interviewRun.ts');
    const text = readFileSync(command, 'utf8');
    // Started early, so Ink loads while the first frame is built, but still a dynamic import(): plain mode never waits for it.
    expect(text).toMatch(/[^.\w]import\('\.\.\/runInteractive\.js'\)/);
    // A type import is erased at build time; any other import would load Ink with plain mode.
    expect(text).not.toMatch(/^import (?!type )[^;]*from '\.\.\/runInteractive\.js'/m);
    const { files, packages } = closure(command);
    expect([...packages].filter((p) => /^(ink|react)(\/|-|$)/.test(p))).toEqual([]);
    expect([...files].filter((f) => f.endsWith('.tsx'))).toEqual([]);
    expect(files).toContain(join(PLAIN, 'runPlain.ts'));
  });
});
