import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeResponses } from '../bench/syntheticResponses.mjs';
import { tempHome } from './runBin.js';
import { runMain } from './runMain.js';

describe('report --epsilon', () => {
  it('adds noise from a secure source and says so with the budget; the JSON carries it', async () => {
    const { home } = tempHome();
    const file = join(home, 'r.jsonl');
    await writeResponses(file, 200, 5);
    const text = await runMain(['report', file, '--epsilon', '2'], { home });
    expect(text.code).toBe(0);
    expect(text.stdout.replace(/\s*\n\s*/g, ' ')).toContain('Random noise was added to every count shown (discrete Laplace, epsilon 2 for this whole report)');
    const first = JSON.parse((await runMain(['report', file, '--epsilon', '2', '--format', 'json'], { home })).stdout) as { noise: { epsilon: number } };
    const second = JSON.parse((await runMain(['report', file, '--epsilon', '2', '--format', 'json'], { home })).stdout) as object;
    expect(first.noise).toMatchObject({ epsilon: 2 });
    // Unseeded: two runs over the same responses differ (the chance that every noised count comes out the same is negligible).
    expect(second).not.toEqual(first);
    expect(JSON.parse((await runMain(['report', file, '--format', 'json'], { home })).stdout)).not.toHaveProperty('noise');
  });

  it.each(['0', '-1', 'lots'])('--epsilon %s: one line naming the option, exit 2', async (value) => {
    const { home } = tempHome();
    const result = await runMain(['report', '-', '--epsilon', value], { home, input: '' });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^--epsilon must be a positive number, such as 1 or 0.5 \(got .*\); smaller adds more noise\.\n$/);
  });
});
