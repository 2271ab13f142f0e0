import fc from 'fast-check';
import { cleanup } from 'ink-testing-library';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Bank } from '../../src/core/bank/schema.js';
import { progress, toSaved } from '../../src/core/flow/flowReducer.js';
import { validateAnswers } from '../../src/core/flow/validateAnswers.js';
import { loadContent } from '../../src/files/loadBank.js';
import { expectValidFlowState } from '../fixtures/expectValidFlowState.js';
import { keys, nextTurn, renderApp, waitFor } from './helpers.js';

const loaded = loadContent(fileURLToPath(new URL('../../questions', import.meta.url)));
if (!loaded.ok) throw new Error('the shipped bank must load');
const bank: Bank = loaded.content.bank;

/** What a person's keyboard (or a paste, or a confused terminal) can send. Esc and Ctrl+C end a run, so they are rare. */
const keyPress = fc.oneof(
  { weight: 30, arbitrary: fc.constantFrom(keys.up, keys.down, keys.enter, keys.space, keys.left, '\u001B[C', keys.backspace, '\u001B[3~') },
  { weight: 15, arbitrary: fc.constantFrom('1', '2', '3', '4', '5', '6', '7', '8', '9', '0') },
  { weight: 10, arbitrary: fc.constantFrom('b', 'j', 'k', 'e', 'q', 'o', 'r', 'n', 'B', 'x') },
  { weight: 5, arbitrary: fc.constantFrom('\u001B[5~', '\u001B[6~', '\u001B[H', '\u001B[F', '\t', '\u001B[Z') },
  // Pasted text arrives as one chunk: words, state names, digits, emoji, escapes and control characters.
  { weight: 6, arbitrary: fc.oneof(fc.constantFrom('Oregon', 'new ', 'CT and MRI', '12', '👩‍⚕️', '\u001B[31mred', 'a\rb', '\u202Eevil'), fc.string({ maxLength: 12 })) },
  { weight: 1, arbitrary: fc.constantFrom(keys.esc, keys.ctrlC) },
);

describe('the rendered interview under random keys (the shipped bank)', () => {
  const errors = vi.fn();
  beforeEach(() => {
    errors.mockClear();
    vi.spyOn(console, 'error').mockImplementation(errors);
  });
  afterEach(() => {
    cleanup();
    vi.restoreAllMocks();
  });

  it('never throws, every saved state is valid, and the screen shows the state it saved', async () => {
    await fc.assert(
      // Each element is one read from the terminal: usually one key, sometimes several typed ahead together.
      fc.asyncProperty(fc.array(fc.array(keyPress, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 40 }), async (reads) => {
        const app = await renderApp({ bank, rows: 30 });
        try {
          for (const read of reads) {
            app.stdin.write(read.join(''));
            await nextTurn();
            if (app.exits.length > 0) break;
          }
          // Every state the app handed to the store, in order: what a crash at any moment would leave on disk.
          for (const state of app.changes) {
            expectValidFlowState(bank, state);
            expect(validateAnswers(bank, { answers: toSaved(state).answers }).problems).toEqual([]);
          }
          expect(errors).not.toHaveBeenCalled();
          expect(app.exits.length).toBeLessThanOrEqual(1);
          const state = app.lastState();
          if (app.exits.length === 0 && state?.screen === 'question') {
            const { index, total } = progress(bank, state);
            await waitFor(() => app.screen().includes(`Question ${index} of ${total}`), `"Question ${index} of ${total}" in:\n${app.screen()}`);
          }
        } finally {
          app.unmount();
        }
      }),
      { numRuns: 1000 },
    );
    // A fixed amount of work, about 25 s on an idle 2-core machine and five times that with three suites at once:
    // the limit only catches a hang, never slowness.
  }, 900_000);
});
