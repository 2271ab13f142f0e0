import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, tempHome } from './runBin.js';
import { runMain } from './runMain.js';

describe('--answers without the optional free text', () => {
  it('is complete: the plan is printed, the obstacle saved as skipped, and export works', async () => {
    const { home, store } = tempHome();
    const answers = JSON.parse(readFileSync(join(ROOT, 'test', 'fixtures', 'answers', 'sonography-student-nm.json'), 'utf8'));
    delete answers.answers.obstacle;
    writeFileSync(join(home, 'a.json'), JSON.stringify(answers));
    const imported = await runMain(['--store', store, '--answers', join(home, 'a.json'), '--out', join(home, 'plan.md')], { home });
    expect(imported.stderr).toMatch(/^Plan written to /);
    expect(imported.code).toBe(0);
    expect(JSON.parse(readFileSync(join(store, 'answers.json'), 'utf8')).progress.answers.obstacle).toBe('');

    const exported = await runMain(['--store', store, 'export'], { home });
    expect(exported.code).toBe(0);
    expect(JSON.parse(exported.stdout).answers).not.toHaveProperty('obstacle');
  });

  it('a partial file still leaves the optional question to the interview', async () => {
    const { home, store } = tempHome();
    writeFileSync(join(home, 'a.json'), JSON.stringify({ answers: { pathway: 'post_primary' } }));
    const imported = await runMain(['--store', store, '--answers', join(home, 'a.json')], { home });
    expect(imported.code).toBe(1);
    expect(imported.stderr).toMatch(/not answered: .*obstacle\./);
    expect(JSON.parse(readFileSync(join(store, 'answers.json'), 'utf8')).progress.answers).toEqual({ pathway: 'post_primary' });
  });
});
