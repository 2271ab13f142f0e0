import type * as fs from 'node:fs';
import { mkdirSync, mkdtempSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { readTextFile } from '../../src/files/readTextFile.js';
import { formatSize, SIZE_LIMITS } from '../../src/files/sizeLimits.js';

const dir = mkdtempSync(join(tmpdir(), 'clinical-path-read-'));
const file = (name: string, content: string | Buffer) => (writeFileSync(join(dir, name), content), join(dir, name));
const limit = { bytes: 1024, what: 'a test file' };

describe('readTextFile', () => {
  it('reads UTF-8 text without its byte-order mark', () => {
    expect(readTextFile(file('bom.yaml', '\uFEFFa: 1\n'), limit)).toEqual({ ok: true, text: 'a: 1\n' });
  });

  it.each([
    ['a missing file', () => join(dir, 'nope.yaml'), 'file not found'],
    ['a folder', () => (mkdirSync(join(dir, 'folder.yaml'), { recursive: true }), join(dir, 'folder.yaml')), 'is a directory, not a file'],
    ['an empty file', () => file('empty.yaml', ''), 'is empty'],
    ['blank space only', () => file('blank.yaml', '\uFEFF \n\n'), 'is empty'],
  ])('%s', (_name, make, reason) => {
    expect(readTextFile(make(), limit)).toEqual({ ok: false, reason });
  });

  it('refuses a large file from its size, and says what the limit is', () => {
    const big = file('big.yaml', '');
    truncateSync(big, 50 * 1024 * 1024);
    expect(readTextFile(big, SIZE_LIMITS.answers)).toEqual({
      ok: false,
      reason: 'too large (50 MB); an answers file is at most 1 MB, so this is probably not the right file',
    });
  });

  it('refuses a device before reading a byte of it', () => {
    expect(readTextFile('/dev/zero', limit)).toEqual({ ok: false, reason: 'is a device, not a file' });
  });

  it('words an unreadable file (EACCES, faked: tests run as root)', async () => {
    vi.resetModules();
    vi.doMock('node:fs', async (original) => ({
      ...(await original<typeof fs>()),
      openSync: () => {
        throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
      },
    }));
    const { readTextFile: mocked } = await import('../../src/files/readTextFile.js');
    expect(mocked(join(dir, 'locked.yaml'), limit)).toEqual({ ok: false, reason: 'permission denied' });
    vi.doUnmock('node:fs');
  });

  it('formats sizes as a file manager would', () => {
    expect([formatSize(12), formatSize(1536), formatSize(1024 * 1024), formatSize(52_428_830)]).toEqual(['12 bytes', '1.5 KB', '1 MB', '50 MB']);
  });
});
