import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it, vi } from 'vitest';
import { runMain } from '../e2e/runMain.js';

// As on a technologist's machine: the package is not installed, so importing it fails.
vi.mock('@electric-sql/pglite', () => {
  throw Object.assign(new Error("Cannot find package '@electric-sql/pglite'"), { code: 'ERR_MODULE_NOT_FOUND' });
});

it('serve without PGlite installed: one line on how to get it or use Postgres, exit 2', async () => {
  const home = mkdtempSync(join(tmpdir(), 'clinical-path-serve-'));
  const result = await runMain(['serve', '--db', join(home, 'db'), '--port', '0'], { home });
  expect(result.code).toBe(2);
  expect(result.stderr).toBe('The built-in database needs PGlite, which is not installed: run npm install @electric-sql/pglite, or use --db postgres://… for a Postgres server.\n');
});
