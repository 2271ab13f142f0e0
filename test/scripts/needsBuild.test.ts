import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { needsBuild } from '../../scripts/needsBuild.js';

let root: string;
let stamp: string;
const BUILT = new Date('2026-11-01T12:00:00Z');
const BEFORE = new Date('2026-11-01T11:00:00Z');
const AFTER = new Date('2026-11-01T13:00:00Z');

/** A clone in miniature, every file and folder dated before the last build. */
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'clinical-path-build-'));
  stamp = join(root, 'node_modules', '.cache', 'build-stamp');
  for (const dir of ['src/cli', 'questions/sections', 'scripts', 'dist', 'node_modules/.cache']) mkdirSync(join(root, dir), { recursive: true });
  for (const file of ['src/cli/main.ts', 'questions/sections/01-you.yaml', 'scripts/build.js', 'package.json', 'dist/cli.js', 'dist/content.json.br']) writeFileSync(join(root, file), '');
  for (const path of ['src/cli/main.ts', 'src/cli', 'src', 'questions/sections/01-you.yaml', 'questions/sections', 'questions', 'scripts/build.js', 'scripts', 'package.json']) utimesSync(join(root, path), BEFORE, BEFORE);
  writeFileSync(stamp, '');
  utimesSync(stamp, BUILT, BUILT);
});

describe('needsBuild (npm start)', () => {
  it('does not build when nothing changed since the last build', () => {
    expect(needsBuild(root, stamp)).toBe(false);
  });

  it.each<[string, string]>([
    ['a source file', 'src/cli/main.ts'],
    ['a question file', 'questions/sections/01-you.yaml'],
    ['a build script', 'scripts/build.js'],
    ['package.json', 'package.json'],
    ['a folder (a file deleted or renamed in it)', 'src/cli'],
  ])('builds when %s changed after the last build', (_name, path) => {
    utimesSync(join(root, path), AFTER, AFTER);
    expect(needsBuild(root, stamp)).toBe(true);
  });

  it.each<[string, string]>([
    ['there is no record of a build', 'node_modules/.cache/build-stamp'],
    ['dist/ is incomplete', 'dist/cli.js'],
    ['the compiled question bank is missing', 'dist/content.json.br'],
  ])('builds when %s', (_name, path) => {
    rmSync(join(root, path));
    expect(needsBuild(root, stamp)).toBe(true);
  });
});
