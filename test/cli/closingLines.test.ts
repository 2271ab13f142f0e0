import { describe, expect, it } from 'vitest';
import { closingLines, type Ending } from '../../src/cli/closingLines.js';
import type { CommandPrefix } from '../../src/cli/commandName.js';

describe('closingLines: the last words of an interview name a command that works where the person is', () => {
  it.each<[string, CommandPrefix | undefined, Ending, string[]]>([
    ['stopped with nothing answered', 'npx clinical-path', { finished: false, answered: 0 }, ['Nothing was answered yet, so nothing was saved. Run npx clinical-path to start again.']],
    ['stopped after one answer', 'npm start --', { finished: false, answered: 1 }, ['Saved 1 answer. Run npm start again to continue where you left off.']],
    ['stopped after several', undefined, { finished: false, answered: 7 }, ['Saved 7 answers. Run clinical-path again to continue where you left off.']],
    [
      'finished',
      'npx clinical-path',
      { finished: true, location: '/home/a/.config/clinical-path' },
      ['Your answers are saved in /home/a/.config/clinical-path.', 'See the plan again: npx clinical-path plan', 'Save it as Markdown: npx clinical-path plan --format markdown --out plan.md'],
    ],
  ])('%s', (_name, prefix, ending, expected) => {
    expect(closingLines(prefix, ending)).toEqual(expected);
  });
});
