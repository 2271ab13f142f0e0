import { PassThrough } from 'node:stream';
import { beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { tempHome, testEnv } from './runBin.js';
import { runMain } from './runMain.js';
import { snapshotTree } from './snapshotTree.js';

const NEXT = 'Press Enter for the next question, q then Enter to stop.';
const ESCAPE = '\u001B';

let home: string;
beforeEach(() => {
  ({ home } = tempHome());
});

/** How many questions have been shown: "Question N of 22" headings. */
const questionsShown = (out: string) => out.match(/^Question \d+ of 22, /gm)?.length ?? 0;

/**
 * `demo --plain --persona Dana` in process with stdin left open, as a person at a screen reader has it: `type` sends
 * one line and waits until the demo has answered it and waits again (or has finished).
 */
function liveDemo(args: string[] = []) {
  const stdin = new PassThrough();
  const stdout = new PassThrough();
  let out = '';
  stdout.on('data', (d: Buffer) => (out += d.toString()));
  const exit = main(['demo', '--plain', '--persona', 'Dana', ...args], { stdin, stdout, stderr: new PassThrough(), env: testEnv(home) });
  let finished = false;
  void exit.then(() => (finished = true));
  const settled = async (ends: (text: string) => boolean) => {
    // Loading the question bank takes seconds on a busy machine; a step takes milliseconds.
    const until = Date.now() + 15_000;
    while (Date.now() < until && !finished && !ends(out)) await new Promise((r) => setTimeout(r, 10));
  };
  const waiting = (text: string) => /Press Enter for the (next question|plan), q then Enter to stop\.\n$/.test(text);
  return {
    output: () => out,
    exit,
    started: () => settled(waiting),
    type: async (line: string) => {
      const before = out.length;
      stdin.write(`${line}\n`);
      await settled((text) => text.length > before && waiting(text));
    },
    end: () => stdin.end(),
  };
}

describe('demo --plain steps one question per Enter', () => {
  it('shows the story, then one question with Dana’s answer per Enter, and nothing ahead of it', async () => {
    const demo = liveDemo();
    await demo.started();
    expect(demo.output()).toMatch(/^Demo: Dana — An R\.T\.\(R\)/);
    expect(demo.output()).toContain('Nothing is saved in a demo.');
    expect(demo.output()).toContain('Dana answers 22 questions, one at a time.');
    expect(demo.output().endsWith(`\n\n${NEXT}\n`)).toBe(true);
    expect(questionsShown(demo.output())).toBe(0);

    await demo.type('');
    expect(questionsShown(demo.output())).toBe(1);
    expect(demo.output()).toMatch(/^Question 1 of 22, [^\n]+: [^\n]+\n1\. /m);
    expect(demo.output()).not.toContain("Dana's answer: Computed tomography (CT)");

    await demo.type('');
    expect(questionsShown(demo.output())).toBe(2);
    expect(demo.output()).toContain("Dana's answer: Computed tomography (CT)");
    expect(demo.output()).not.toContain('Question 3 of 22');
    expect(demo.output()).not.toContain('Your clinical-path plan');

    // Input ends (Ctrl+D, or the end of a piped file): nobody is left to press Enter, so the rest comes at once.
    const shownBefore = demo.output().length;
    demo.end();
    expect(await demo.exit).toBe(0);
    const rest = demo.output().slice(shownBefore);
    expect(questionsShown(rest)).toBe(20);
    expect(rest).not.toContain('Press Enter');
    expect(rest).toContain("Dana's plan:");
    for (const title of ['Your clinical-path plan', 'Clinical site search', 'HIPAA training', 'Liability coverage', 'Credential timing']) expect(rest).toContain(title);
    expect(rest.endsWith('\nDemo over. Nothing was saved.\n')).toBe(true);
  });

  it('after the last question it offers the plan, and Enter shows it and ends the demo', async () => {
    const input = `${'\n'.repeat(22)}`;
    const stepped = await runMain(['demo', '--plain', '--persona', 'Dana'], { home, input: `${input}\n` });
    expect(stepped.code).toBe(0);
    expect(questionsShown(stepped.stdout)).toBe(22);
    expect(stepped.stdout.match(/Press Enter/g)).toHaveLength(23);
    expect(stepped.stdout).toMatch(/Dana's answer: [^\n]+\n\nPress Enter for the plan, q then Enter to stop\.\n\nDana's plan:/);
    expect(stepped.stdout.endsWith('\nDemo over. Nothing was saved.\n')).toBe(true);
  });

  it('each line of piped input is one step; q stops with exit 0 and nothing more is shown or saved', async () => {
    const before = snapshotTree(home);
    const result = await runMain(['demo', '--plain', '--persona', 'turned-down'], { home, input: '\n\nnext\nq\n\n\n' });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(questionsShown(result.stdout)).toBe(3);
    expect(result.stdout).not.toContain('Question 4 of 22');
    expect(result.stdout).not.toContain('Your clinical-path plan');
    expect(result.stdout.endsWith(`${NEXT}\n\nDemo stopped. Nothing was saved.\n`)).toBe(true);
    expect(snapshotTree(home)).toEqual(before);
  });

  it('prints no escape sequence and no carriage return, even with FORCE_COLOR; one whole line per sentence', async () => {
    const result = await runMain(['demo', '--plain', '--persona', 'Dana'], { home, env: { FORCE_COLOR: '3', NO_COLOR: '' } });
    expect(result.code).toBe(0);
    expect(result.stdout).not.toContain(ESCAPE);
    expect(result.stdout).not.toContain('\r');
    expect(result.stdout).toContain('Demo: Dana — ');
  });

  it('--ascii prints ASCII only, as plain mode does', async () => {
    const result = await runMain(['demo', '--plain', '--ascii', '--persona', 'Dana'], { home, input: '\n\nq\n' });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Demo: Dana - An R\.T\.\(R\)/);
    // eslint-disable-next-line no-control-regex -- "anything outside ASCII"
    expect(result.stdout).not.toMatch(/[^\u0000-\u007F]/);
    const whole = await runMain(['demo', '--persona', 'Dana'], { home, env: { LANG: 'C', LC_ALL: '', LC_CTYPE: '' } });
    // eslint-disable-next-line no-control-regex -- as above: a locale that is not UTF-8 gets ASCII too
    expect(whole.stdout).not.toMatch(/[^\u0000-\u007F]/);
  });
});
