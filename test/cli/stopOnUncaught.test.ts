import pty from '@lydell/node-pty';
import { buildSync } from 'esbuild';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import stripAnsi from 'strip-ansi';
import { describe, expect, it } from 'vitest';

/** A program that, like the interview under Ink, hides the cursor in raw mode and then fails inside an event handler. */
const failing = `
import { stopOnUncaught } from ${JSON.stringify(join(import.meta.dirname, '../../src/cli/stopOnUncaught.ts'))};
stopOnUncaught((error) => { process.stderr.write('clinical-path: unexpected error: ' + error.message + '\\n'); process.exitCode = 2; });
process.stdin.setRawMode(true);
process.stdout.write('\\u001B[?25lready\\n');
process.stdin.on('data', () => { throw new TypeError("Cannot read properties of undefined (reading 'startsWith')"); });
`;

function bundle(): string {
  const out = join(mkdtempSync(join(tmpdir(), 'clinical-path-uncaught-')), 'failing.mjs');
  const { outputFiles } = buildSync({ stdin: { contents: failing, loader: 'ts', resolveDir: import.meta.dirname }, bundle: true, platform: 'node', format: 'esm', write: false });
  writeFileSync(out, outputFiles[0]!.text);
  return out;
}

describe('a failure inside a key handler', () => {
  it('ends with the plain message and exit code, the cursor shown again, and no stack trace', async () => {
    const term = pty.spawn(process.execPath, [bundle()], { cols: 80, rows: 10, env: { ...process.env, DEBUG: '' } as Record<string, string> });
    let raw = '';
    term.onData((data) => {
      raw += data;
      if (data.includes('ready')) term.write('x');
    });
    const { exitCode } = await new Promise<{ exitCode: number }>((resolve) => term.onExit(resolve));
    expect(exitCode).toBe(2);
    expect(stripAnsi(raw)).toContain("clinical-path: unexpected error: Cannot read properties of undefined (reading 'startsWith')");
    expect(raw.slice(raw.indexOf('ready'))).toContain('\u001B[?25h');
    expect(raw).not.toMatch(/\n\s+at /);
  });
});
