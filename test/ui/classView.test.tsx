import { render } from 'ink-testing-library';
import { describe, expect, it } from 'vitest';
import { exportedBank } from '../../src/core/survey/exportedBank.js';
import { createClassPoll } from '../../src/server/classPoll.js';
import { memorySurveyDb } from '../../src/server/db/memorySurveyDb.js';
import { ClassApp } from '../../src/ui/class/ClassApp.js';
import { recordMaker, shippedBank } from '../server/records.js';
import { frame, keys, nextTurn, waitFor, waitForText } from './helpers.js';

const right = '\u001B[C';
const pageDown = '\u001B[6~';
const pageUp = '\u001B[5~';

/** The projector view over a real poll (memory database, K = 3), fed records directly. */
async function renderClass() {
  const bank = exportedBank(await shippedBank());
  const poll = await createClassPoll(memorySurveyDb(), { bank, minCell: 3 });
  const record = recordMaker(5);
  let ended = 0;
  const run = render(
    <ClassApp intro={['Students type:', '  npx clinical-path --survey http://127.0.0.1:8080 --invite ABCD-EFGH']} minCell={3} initial={poll.status()} subscribe={poll.subscribe} request={poll.request} onEnd={() => (ended += 1)} color={false} />,
  );
  await nextTurn();
  return { run, poll, put: () => poll.db.put(record()), screen: () => frame(run.lastFrame), ended: () => ended };
}

describe('the class projector view (Ink)', () => {
  it('shows the student line and waits for K; updates at 2K by itself, on u with K waiting, never with fewer', async () => {
    const { run, put, screen } = await renderClass();
    expect(screen()).toContain('npx clinical-path --survey http://127.0.0.1:8080 --invite ABCD-EFGH');
    expect(screen()).toContain('the view shows the class\'s answers once 3 are in');
    expect(screen()).toContain('0 responses in, 0 waiting for the next update');
    for (let i = 0; i < 2; i += 1) await put();
    run.stdin.write('u');
    await waitForText(run.lastFrame, 'Not updated: 2 new responses waiting; the view updates once 3 are in (1 more).');
    await put();
    await waitForText(run.lastFrame, '3 responses in, 3 waiting for the next update');
    expect(screen()).not.toContain('Class poll, update');
    run.stdin.write('u');
    await waitForText(run.lastFrame, 'Class poll, update 1: 3 responses (3 new since the last update)');
    expect(screen()).toContain('Question 1 of');
    expect(screen()).toContain('ours suppressed');
    for (let i = 0; i < 5; i += 1) await put();
    await waitForText(run.lastFrame, '8 responses in, 5 waiting for the next update');
    expect(screen()).toContain('update 1: 3 responses');
    await put();
    await waitForText(run.lastFrame, 'Class poll, update 2: 9 responses (6 new since the last update)');
    run.unmount();
  });

  it('moves between questions with →, PgDn, Space, ←, PgUp and b, and ends on q', async () => {
    const { run, put, screen, ended } = await renderClass();
    for (let i = 0; i < 6; i += 1) await put();
    await waitForText(run.lastFrame, 'Question 1 of');
    const total = Number(/Question 1 of (\d+)/.exec(screen())?.[1]);
    expect(total).toBeGreaterThan(3);
    const at = () => Number(/Question (\d+) of/.exec(screen())?.[1]);
    for (const [key, expected] of [[right, 2], [pageDown, 3], [' ', 4], [keys.left, 3], [pageUp, 2], ['b', 1], ['b', 1]] as const) {
      run.stdin.write(key);
      await waitFor(() => at() === expected, `question ${expected} after ${JSON.stringify(key)}:\n${screen()}`);
    }
    // A question longer than the screen (24 rows here) is cut with a line that says so, never drawn past the bottom.
    run.stdin.write(right);
    await waitFor(() => at() === 2, 'question 2');
    expect(screen()).toMatch(/… \d+ more lines: make the window taller, or the font smaller/);
    expect(screen().split('\n').length).toBeLessThanOrEqual(24);
    // The ASRT figure beside the class's bar, on the question that has one.
    for (let i = 0; i < total && !screen().includes('78.9%'); i += 1) {
      run.stdin.write(right);
      await nextTurn();
    }
    expect(screen()).toMatch(/Hospital[\s\S]*ASRT ░+ +78\.9%/);
    expect(screen()).toContain('←/→ or PgUp/PgDn: question · u: update now · q: end the class');
    run.stdin.write('q');
    await waitFor(() => ended() === 1, 'onEnd');
    run.unmount();
  });
});
