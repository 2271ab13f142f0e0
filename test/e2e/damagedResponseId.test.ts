import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, tempHome } from './runBin.js';
import { runMain } from './runMain.js';

describe('export with a damaged responseId in the store', () => {
  it.each([[''], ['9B2F0C1E-6A4D-4F3E-8B7A-1C2D3E4F5A6B'], ['9b2f0c1e-6a4d-4f3e-8b7a-1c2d3e4f5a6b ']])('responseId %j: a new id, the old file kept, one line, exit 0', async (damaged) => {
    const { home, store } = tempHome();
    expect((await runMain(['--store', store, '--answers', join(ROOT, 'test/fixtures/answers/ct-employed.json')], { home })).code).toBe(0);
    const path = join(store, 'answers.json');
    writeFileSync(path, JSON.stringify({ ...(JSON.parse(readFileSync(path, 'utf8')) as object), responseId: damaged }));
    const first = await runMain(['--store', store, 'export'], { home });
    expect(first.code).toBe(0);
    expect(first.stderr).toMatch(/^The response id saved with your answers was damaged; the file as it was is kept in .*answers\.json\.damaged-[^,]+, and your next export gets a new id\.\n$/);
    const id = (JSON.parse(first.stdout) as { responseId: string }).responseId;
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    // The new id is kept: the next export is the same person, said once.
    const second = await runMain(['--store', store, 'export'], { home });
    expect(second).toMatchObject({ code: 0, stderr: '' });
    expect((JSON.parse(second.stdout) as { responseId: string }).responseId).toBe(id);
    const backups = readdirSync(store).filter((name) => name.startsWith('answers.json.damaged-'));
    expect(backups).toHaveLength(1);
    expect((JSON.parse(readFileSync(join(store, backups[0]!), 'utf8')) as { responseId: string }).responseId).toBe(damaged);
  });
});
