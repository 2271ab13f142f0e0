import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { byteLines } from '../../src/files/byteLines.js';
import { readRecords } from '../../src/files/readRecords.js';

async function lines(chunks: string[], max = 100) {
  const out: (string | null)[] = [];
  for await (const line of byteLines(Readable.from(chunks.map((c) => Buffer.from(c))), max)) out.push(line.bytes === null ? null : line.bytes.toString());
  return out;
}

describe('byteLines', () => {
  it('splits LF and CRLF lines across chunk boundaries, the last one without a newline too', async () => {
    expect(await lines(['a\r', '\nb', 'c\n\nd'])).toEqual(['a', 'bc', '', 'd']);
  });

  it('skips a line over the limit, whatever the chunks, and goes on', async () => {
    expect(await lines(['ok\n', 'x'.repeat(60), 'x'.repeat(60), '\nnext\n'])).toEqual(['ok', null, 'next']);
  });
});

describe('readRecords from a stream', () => {
  const read = async (input: Buffer | string) => {
    const out = [];
    for await (const record of readRecords(['-'], Readable.from([Buffer.from(input)]))) out.push(record);
    return out;
  };

  it('drops a UTF-8 byte-order mark and blank lines', async () => {
    expect(await read('\uFEFF{"a":1}\r\n\n{"b":2}\n')).toEqual([
      { source: '(stdin)', line: 1, value: { a: 1 } },
      { source: '(stdin)', line: 3, value: { b: 2 } },
    ]);
  });

  it('says an empty input is empty, and a UTF-16 one once, not once a line', async () => {
    expect(await read('')).toEqual([{ source: '(stdin)', line: 0, error: 'is empty: no responses in it' }]);
    expect(await read(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('{"a":1}\n{"b":2}\n', 'utf16le')]))).toEqual([
      { source: '(stdin)', line: 0, error: 'is saved as UTF-16; save it as UTF-8 and try again' },
    ]);
  });

  it('calls a NUL byte near the start binary, once for the whole input', async () => {
    expect(await read('{"a":1}\n{"c":"\u0000"}\n')).toEqual([{ source: '(stdin)', line: 0, error: 'is not a text file (it holds binary data)' }]);
  });

  it('further on, names the line of bad UTF-8 or a NUL byte and reads on', async () => {
    const good = '{"a":1}\n'.repeat(1100);
    const input = Buffer.concat([Buffer.from(`${good}{"b":"caf`), Buffer.from([0xe9]), Buffer.from('"}\n{"c":"\u0000"}\n{"d":4}\n')]);
    const records = (await read(input)).slice(1099);
    expect(records.map((r) => ('error' in r ? `${r.line}: ${r.error.split(' 0x')[0]!.split(';')[0]!}` : r.line))).toEqual([1100, '1101: not UTF-8 text (byte', '1102: holds binary data (a NUL byte)', 1103]);
  });
});
