import { cleanup, render } from 'ink-testing-library';
import stripAnsi from 'strip-ansi';
import { afterEach, describe, expect, it } from 'vitest';
import { startFlow, type FlowState } from '../../src/core/flow/flowReducer.js';
import { App } from '../../src/ui/App.js';
import { tinyBank } from '../fixtures/tinyBank.js';
import { keys, waitFor } from './helpers.js';

afterEach(cleanup);

/**
 * A key that arrives the moment a new question is drawn, before React has run the effects of that render
 * (a fast typist, a busy machine), must reach the question on screen. Here the key is sent from inside
 * the write that draws the frame, in a microtask: after the draw, before any effect.
 */
describe('a key pressed as soon as the next question appears', () => {
  it('answers the question on screen, not the one before', async () => {
    const bank = tinyBank();
    const changes: FlowState[] = [];
    const app = render(<App bank={bank} initial={startFlow(bank)} onChange={(s) => void changes.push(s)} onExit={() => {}} />);
    const write = app.stdout.write;
    let sent = false;
    app.stdout.write = (frame: string) => {
      write(frame);
      if (!sent && stripAnsi(frame).includes('Which discipline?')) {
        sent = true;
        queueMicrotask(() => app.stdin.write(keys.enter));
      }
    };
    await waitFor(() => stripAnsi(app.lastFrame() ?? '') !== '', 'the first frame');
    app.stdin.write(keys.enter);
    await waitFor(() => changes.length >= 2, 'the second answer', 1000);
    expect(Object.keys(changes.at(-1)!.answers)).toEqual(['pathway', 'discipline']);
  });
});
