import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readRecords, type RecordRead } from '../../src/files/readRecords.js';

async function readAll(paths: string[]): Promise<RecordRead[]> {
  const records: RecordRead[] = [];
  for await (const record of readRecords(paths, Readable.from([]))) records.push(record);
  return records;
}
const values = (records: RecordRead[]) => records.filter((r) => 'value' in r).map((r) => (r as { value: { n: number } }).value.n);
const errors = (records: RecordRead[]) => records.filter((r) => 'error' in r).map((r) => `${r.source}: ${(r as { error: string }).error}`);

describe('collect and report read links inside folders', () => {
  it('follows a link to a file and a link to a folder, reads each once, and ends a link loop', async () => {
    const root = mkdtempSync(join(tmpdir(), 'clinical-path-links-'));
    const elsewhere = mkdtempSync(join(tmpdir(), 'clinical-path-elsewhere-'));
    writeFileSync(join(elsewhere, 'b.json'), '{"n": 2}');
    mkdirSync(join(elsewhere, 'more'));
    writeFileSync(join(elsewhere, 'more', 'c.jsonl'), '{"n": 3}\n');
    const folder = join(root, 'responses');
    mkdirSync(folder);
    writeFileSync(join(folder, 'a.json'), '{"n": 1}');
    symlinkSync(join(elsewhere, 'b.json'), join(folder, 'b.json'));
    symlinkSync(join(elsewhere, 'more'), join(folder, 'more'));
    symlinkSync(folder, join(folder, 'loop'));
    const records = await readAll([folder]);
    expect(values(records)).toEqual([1, 2, 3]);
    expect(errors(records)).toEqual([]);
  });

  it('names a link to nothing and a pipe named like a response file instead of skipping them silently', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'clinical-path-links-'));
    writeFileSync(join(folder, 'a.json'), '{"n": 1}');
    symlinkSync(join(folder, 'gone.json'), join(folder, 'dangling.json'));
    expect(spawnSync('mkfifo', [join(folder, 'pipe.jsonl')]).status).toBe(0);
    const records = await readAll([folder]);
    expect(values(records)).toEqual([1]);
    expect(errors(records)).toEqual([
      `${join(folder, 'dangling.json')}: no such file or folder (a link to nothing?)`,
      `${join(folder, 'pipe.jsonl')}: is a named pipe (FIFO), not a file; save what it holds to a file first`,
    ]);
  });
});
