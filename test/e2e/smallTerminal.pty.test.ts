import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Answers } from '../../src/core/bank/schema.js';
import { visibleQuestions } from '../../src/core/flow/visibility.js';
import { loadContent } from '../../src/files/loadBank.js';
import { KEYS, startPty } from './ptySession.js';
import { tempHome } from './runBin.js';
import { runMain } from './runMain.js';

const loaded = loadContent(fileURLToPath(new URL('../../questions', import.meta.url)));
if (!loaded.ok) throw new Error('the shipped bank must load');
const { bank, personas } = loaded.content;

/** Ink wipes the screen and the scrollback (ESC[2J ESC[3J) when a frame is as tall as the terminal. */
// eslint-disable-next-line no-control-regex -- the escape Ink writes to clear
const CLEARS = /\u001B\[[23]J/;

/**
 * Resuming at each question of a whole interview, in a 40×12 terminal: the welcome-back note, the question, its
 * options and the key help must fit, or give way (help and note first), so Ink never clears the scrollback.
 */
describe('resuming in a 40×12 terminal', () => {
  const persona = personas[0]!;
  const path = visibleQuestions(bank, persona.answers).map((q) => q.id);

  it(`never draws a frame as tall as the terminal, at any of the ${path.length} questions of ${persona.name}'s interview`, async () => {
    const tall: string[] = [];
    for (const [at, id] of path.entries()) {
      const { home, store } = tempHome();
      const before: Record<string, unknown> = {};
      for (const earlier of path.slice(0, at)) before[earlier] = (persona.answers as Answers)[earlier];
      if (at > 0) {
        writeFileSync(join(home, 'partial.json'), JSON.stringify({ answers: before }));
        await runMain(['--store', store, '--answers', join(home, 'partial.json')], { home });
      }
      const session = startPty(['--store', store], { home, cols: 40, rows: 12 });
      await session.waitFor(at === 0 ? 'Press Enter to start' : /esc save & quit/);
      if (at === 0) {
        session.write(KEYS.enter);
        await session.waitFor(/Question 1 of[\s\S]*esc save & quit/);
      }
      await new Promise((resolve) => setTimeout(resolve, 150));
      session.write(KEYS.esc);
      await session.exited;
      if (CLEARS.test(session.raw())) tall.push(id);
    }
    expect(tall).toEqual([]);
  }, 120_000);
});
