import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { confStore } from '../../src/store/confStore.js';

const progress = { answers: { pathway: 'post_primary' }, current: null, screen: 'done' };
const clock = () => new Date('2026-11-23T10:00:00Z');
const good = '9b2f0c1e-6a4d-4f3e-8b7a-1c2d3e4f5a6b';

/** A store folder whose answers.json holds `responseId` as given, written as a hand edit or a disk error would. */
function storeWith(responseId: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'clinical-path-rid-'));
  const sent = { revision: 3, digest: 'd', month: '2026-10', consentVersion: '1' };
  writeFileSync(join(dir, 'answers.json'), JSON.stringify({ format: 'clinical-path/progress', formatVersion: 1, bank: { id: 'b', version: '1' }, progress, responseId, sent }), { mode: 0o600 });
  return dir;
}

describe('a damaged responseId', () => {
  it.each([
    ['empty', ''],
    ['uppercase', good.toUpperCase()],
    ['with a trailing space', `${good} `],
    ['not a UUID at all', 'r'],
  ])('%s: the answers stay, the old file is kept in a backup, the id is dropped for a new one, and the person is told', (_name, id) => {
    const dir = storeWith(id);
    const opened = confStore(dir, clock).open();
    expect(opened.responseId).toBeNull();
    // A new id starts its revisions again at 1: what was sent under the old id is forgotten with it.
    expect(opened.sent).toBeNull();
    expect(opened.progress).toEqual(progress);
    expect(opened.notes).toEqual([expect.stringMatching(/^The response id saved with your answers was damaged; the file as it was is kept in .*answers\.json\.damaged-2026-11-23T10-00-00-000Z, and your next export gets a new id\.$/)]);
    const backup = readdirSync(dir).find((name) => name.startsWith('answers.json.damaged-'))!;
    expect((JSON.parse(readFileSync(join(dir, backup), 'utf8')) as { responseId: string }).responseId).toBe(id);
    expect(JSON.parse(readFileSync(join(dir, 'answers.json'), 'utf8'))).not.toHaveProperty('responseId');
    expect(JSON.parse(readFileSync(join(dir, 'answers.json'), 'utf8'))).not.toHaveProperty('sent');
    // Told once: the next open finds nothing wrong.
    expect(confStore(dir, clock).open()).toMatchObject({ notes: [], responseId: null, progress });
  });

  it('a good id is kept as it is, with no note and no backup', () => {
    const dir = storeWith(good);
    expect(confStore(dir, clock).open()).toMatchObject({ responseId: good, notes: [] });
    expect(readdirSync(dir).filter((name) => name.includes('damaged'))).toEqual([]);
  });
});
