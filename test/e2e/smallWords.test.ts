import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, tempHome } from './runBin.js';
import { runMain } from './runMain.js';

describe('small words', () => {
  const { home, store } = tempHome();
  const answers = join(ROOT, 'test/fixtures/answers/ct-employed.json');

  it('counts one response in the singular', async () => {
    expect((await runMain(['--store', store, '--answers', answers], { home })).code).toBe(0);
    expect((await runMain(['--store', store, 'export', '--out', join(home, 'one.json')], { home })).code).toBe(0);
    const collect = await runMain(['collect', join(home, 'one.json'), '--out', join(home, 'all.jsonl')], { home });
    expect(collect.stderr).toMatch(/^1 response written to /);
  });

  it.each([
    ['export', ['--store', store, 'export', '--out', '-']],
    ['dictionary', ['dictionary', '--out', '-']],
    ['states', ['states', '--out', '-']],
    ['plan', ['--store', store, 'plan', '--out', '-']],
  ])('%s --out - prints to the screen and names no empty destination', async (_name, args) => {
    const result = await runMain(args, { home });
    expect(result.code).toBe(0);
    expect(result.stdout.length).toBeGreaterThan(0);
    expect(result.stderr).not.toMatch(/written to/);
  });
});
