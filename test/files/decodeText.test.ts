import { describe, expect, it } from 'vitest';
import { decodeText, sniffStart } from '../../src/files/decodeText.js';

const bytes = (...parts: (string | number[])[]) => Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p) : Buffer.from(p))));

describe('decodeText', () => {
  it('drops a UTF-8 byte-order mark and keeps everything else', () => {
    expect(decodeText(bytes([0xef, 0xbb, 0xbf], 'a: café\n'))).toEqual({ ok: true, text: 'a: café\n' });
  });

  it.each([
    ['UTF-16 LE', [0xff, 0xfe, 0x61, 0x00], /saved as UTF-16; save it as UTF-8/],
    ['UTF-16 BE', [0xfe, 0xff, 0x00, 0x61], /saved as UTF-16/],
    ['UTF-32 LE', [0xff, 0xfe, 0x00, 0x00, 0x61, 0, 0, 0], /saved as UTF-32/],
    ['UTF-32 BE', [0x00, 0x00, 0xfe, 0xff], /saved as UTF-32/],
  ])('names %s from its byte-order mark', (_name, start, reason) => {
    const result = decodeText(Buffer.from(start));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(reason);
  });

  it('recognizes UTF-16 without a byte-order mark from its NUL bytes', () => {
    expect(sniffStart(Buffer.from('answers:\n  pathway: ct\n', 'utf16le'))?.reason).toMatch(/looks like UTF-16/);
  });

  it('calls early NUL bytes binary, and a late one by its line', () => {
    expect(decodeText(bytes([0x89, 0x50, 0x4e, 0x47, 0, 0, 0x1a, 0x0a]))).toMatchObject({ ok: false, reason: 'is not a text file (it holds binary data)' });
    const late = bytes('x\n'.repeat(5000), 'y\n', [0], '\n');
    expect(decodeText(late)).toMatchObject({ ok: false, line: 5002, reason: expect.stringMatching(/NUL byte/) });
  });

  it('names the line and the byte of the first invalid UTF-8', () => {
    expect(decodeText(bytes('a: 1\nb: caf', [0xe9], '\nc: 2\n'))).toMatchObject({ ok: false, line: 2, reason: expect.stringMatching(/byte 0xE9; saved as Latin-1/) });
    // A valid é before it: the bad byte is the 0xFF, not the lead byte of the é.
    expect(decodeText(bytes('x\ny\ncafé', [0xff], '!'))).toMatchObject({ line: 3, reason: expect.stringMatching(/byte 0xFF/) });
    expect(decodeText(bytes('abc', [0xc3]))).toMatchObject({ line: 1, reason: expect.stringMatching(/byte 0xC3/) });
  });
});
