import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { KEYS, startPty, type PtyOptions, type PtySession, pastIntro } from './ptySession.js';
import { BIN, ROOT, tempHome, testEnv } from './runBin.js';
import { runMain } from './runMain.js';

// Issue 6, "terminals": what a person sees in each kind of terminal. Every row answers the first question
// and checks it was saved; the checks are on what reaches the screen, escape sequences stripped unless
// the row is about them.

const sessions: PtySession[] = [];
afterEach(() => {
  for (const s of sessions.splice(0)) s.kill('SIGKILL');
});

/** A fresh store, and a terminal on it. The locale is pinned so rows about Unicode do not depend on the machine's. */
function open(options: Omit<PtyOptions, 'home'> & { args?: string[] } = {}) {
  const { home, store } = tempHome();
  const env = { LANG: 'C.UTF-8', ...options.env };
  const session = startPty(['--store', store, ...(options.args ?? [])], {
    ...options,
    home,
    env,
    unset: [...['LC_ALL', 'LC_CTYPE'].filter((name) => !(name in env)), ...(options.unset ?? [])],
  });
  sessions.push(session);
  return { home, store, session };
}

const saved = (store: string): Record<string, unknown> => {
  try {
    return JSON.parse(readFileSync(join(store, 'answers.json'), 'utf8')).progress.answers;
  } catch {
    return {};
  }
};
async function savedSoon(store: string, id: string): Promise<unknown> {
  for (const started = Date.now(); Date.now() - started < 8000; await new Promise((r) => setTimeout(r, 20))) {
    if (id in saved(store)) return saved(store)[id];
  }
  throw new Error(`${id} was not saved in ${store}`);
}

/** Text as a person reads it: lines rejoined, so a sentence wrapped over two lines still matches. */
const readable = (text: string) => text.replace(/\s+/g, ' ');
/** The longest line written, in columns (every mark the app draws is one column wide). */
const widest = (text: string) => Math.max(...text.split(/\r\n|\r|\n/).map((line) => [...line].length));

const FIRST_PROMPT = 'Which of these best describes you?';
const SECOND_PROMPT = 'Which discipline or specialty are you working toward?';
const SECOND_HELP = "Pick the one you're focused on now. If it's more than one, pick the first you plan to finish.";
/* eslint-disable no-control-regex -- escape sequences are what these rows look for */
/** Ink clears the screen and the scrollback (ESC[2J ESC[3J) whenever a frame is as tall as the terminal. */
const CLEARS = /\u001B\[[23]J/;
/** SGR colour: foreground/background 30–49 (38/48 extended), bright 90–107. Bold and dim are not colour. */
/** Any text style: colour, bold (1) or inverse (7). NO_COLOR and friends turn every one of them off. */
const COLOUR = /\u001B\[(?:\d+;)*(?:1|7|3\d|4\d|9[0-7]|10[0-7])(?:[;:]\d+)*m/;
/** The highlighted row: inverse video, which reads on light and dark backgrounds alike (no colour carries meaning). */
const INVERSE = /\u001B\[(?:\d+;)*7m/;
/** Anything that moves the cursor or erases: what a pipe or a dumb terminal must never get. */
const CURSOR = /\u001B\[[\d;?]*[A-HJKSTfhlsu]/;
const NO_STACK = /\n\s+at |Raw mode is not supported/;
/** The first frame, printed before Ink starts: everything before Ink's erase of it. */
const firstFrameOf = (raw: string) => raw.split(/\r\u001B\[\d+A\u001B\[J/)[0] ?? '';
/* eslint-enable no-control-regex */
const NON_ASCII = /[\u0080-\uFFFF]/;

interface InkRow {
  name: string;
  cols?: number;
  rows?: number;
  env?: Record<string, string>;
  unset?: string[];
  args?: string[];
  shell?: string;
  /** What else this terminal must show (or not), given the raw output up to the second question. */
  check?: (raw: string, text: string) => void;
}

// Rows where both ends are a terminal: the Ink interview, whatever the size, colour settings, CI or locale.
const INK_ROWS: InkRow[] = [
  {
    name: '40×12: the question and its help wrap at word breaks; key help stays on screen',
    cols: 40,
    rows: 12,
    check: (_raw, text) => {
      expect(readable(text)).toContain(SECOND_PROMPT);
      expect(readable(text)).toContain(SECOND_HELP);
      expect(readable(text)).toMatch(/enter choose .*esc save & quit/);
    },
  },
  {
    name: '200×60: one line of key help, every option shown whole',
    cols: 200,
    rows: 60,
    check: (_raw, text) => {
      expect(text).toMatch(/^↑↓, 1–\d+ or a letter move · enter choose · ← back · esc save & quit$/m);
      // Labels whole; the highlighted option's hint in full under it.
      expect(text).toContain('Breast sonography');
      expect(text).toContain('ARRT post-primary');
      expect(text).not.toContain('…');
    },
  },
  {
    name: 'CI=true: a person is still at the terminal, so it stays interactive',
    env: { CI: 'true' },
    check: (raw) => expect(raw).toContain('\u001B[?25l'),
  },
  {
    name: 'styles allowed: the highlighted option is in inverse video (the control for the rows below)',
    unset: ['CI', 'NO_COLOR', 'FORCE_COLOR'],
    check: (raw) => expect(raw).toMatch(INVERSE),
  },
  {
    name: 'NO_COLOR=1: no colour codes at all',
    env: { NO_COLOR: '1' },
    unset: ['CI', 'FORCE_COLOR'],
    check: (raw) => expect(raw).not.toMatch(COLOUR),
  },
  {
    name: 'FORCE_COLOR=0: no colour codes at all',
    env: { FORCE_COLOR: '0' },
    unset: ['CI', 'NO_COLOR'],
    check: (raw) => expect(raw).not.toMatch(COLOUR),
  },
  {
    name: '--no-color: no colour codes at all',
    args: ['--no-color'],
    unset: ['CI', 'NO_COLOR', 'FORCE_COLOR'],
    check: (raw) => expect(raw).not.toMatch(COLOUR),
  },
  {
    name: 'TERM unset: still a terminal (Windows consoles have no TERM), so interactive',
    shell: 'unset TERM; exec "$@"',
    check: (raw) => expect(raw).toContain('\u001B[?25l'),
  },
  {
    name: 'LANG=C.UTF-8: Unicode marks',
    check: (_raw, text) => expect(text).toMatch(/^❯ +1\. Registered technologist/m),
  },
  {
    name: 'LANG=C: a terminal that may not be UTF-8 gets an ASCII pointer, and a first frame all in ASCII',
    env: { LANG: 'C' },
    check: (raw, text) => {
      expect(text).toMatch(/^> +1\. Registered technologist/m);
      expect(text).not.toContain('❯');
      expect(firstFrameOf(raw)).not.toMatch(NON_ASCII);
    },
  },
  {
    name: 'LC_ALL=C overrides LANG=en_US.UTF-8: ASCII pointer',
    env: { LANG: 'en_US.UTF-8', LC_ALL: 'C' },
    check: (_raw, text) => {
      expect(text).toMatch(/^> +1\. Registered technologist/m);
      expect(text).not.toContain('❯');
    },
  },
  {
    name: 'TERM=linux (the kernel console has no ❯ in its font): ASCII pointer',
    env: { TERM: 'linux' },
    check: (_raw, text) => expect(text).not.toContain('❯'),
  },
];

describe('the Ink interview in each kind of terminal', () => {
  it.each(INK_ROWS)('$name', async ({ cols = 100, rows = 30, env, unset, args, shell, check }) => {
    const { store, session } = open({ cols, rows, env, unset, args, shell, term: env?.TERM });
    await pastIntro(session);
    expect(readable(session.output())).toContain(FIRST_PROMPT);
    expect(readable(session.output())).toMatch(/enter choose/);
    session.write(KEYS.enter);
    await session.waitFor('Question 2 of');
    await session.waitFor(/esc save & quit\s*$/);
    expect(await savedSoon(store, 'pathway')).toBe('post_primary');
    const raw = session.raw();
    const text = session.output();
    expect(raw).not.toMatch(CLEARS);
    check?.(raw, text);
    session.write(KEYS.ctrlC);
    expect((await session.exited).exitCode).toBe(130);
    expect(readable(session.output())).toContain('Saved 1 answer. Run clinical-path again to continue where you left off.');
    expect(widest(session.output())).toBeLessThanOrEqual(cols);
    expect(session.output()).not.toMatch(NO_STACK);
  });

  it('40×12 on the review screen (19 answers): fits, scrolls, keeps every answer', async () => {
    const { home, store } = tempHome();
    expect((await runMain(['--store', store, '--answers', join(ROOT, 'test/fixtures/answers/ct-employed.json')], { home })).code).toBe(0);
    const before = saved(store);
    const session = startPty(['--store', store], { home, cols: 40, rows: 12 });
    sessions.push(session);
    await session.waitFor(/Review your answers[\s\S]*esc save & quit\s*$/);
    session.mark();
    session.write(KEYS.down);
    await session.waitFor(/❯ Discipline: Computed tomography \(CT\)/);
    session.write(KEYS.esc);
    expect((await session.exited).exitCode).toBe(130);
    expect(readable(session.output())).toMatch(/more/);
    expect(widest(session.output())).toBeLessThanOrEqual(40);
    expect(session.raw()).not.toMatch(CLEARS);
    expect(saved(store)).toEqual(before);
  });

  it('resizing from 100×30 to 40×12 and back while answering: redrawn to fit, answers saved, no crash', async () => {
    const { store, session } = open();
    await pastIntro(session);
    session.mark();
    session.resize(40, 12);
    await session.waitFor(/Question 1 of[\s\S]*esc save & quit\s*$/);
    session.mark();
    session.write(KEYS.enter);
    await session.waitFor(/Question 2 of[\s\S]*esc save & quit\s*$/);
    const narrow = session.output().slice(session.output().lastIndexOf('Question 2 of'));
    expect(widest(narrow)).toBeLessThanOrEqual(40);
    expect(readable(narrow)).toContain(SECOND_PROMPT);
    expect(await savedSoon(store, 'pathway')).toBe('post_primary');

    session.mark();
    session.resize(100, 30);
    await session.waitFor(/Question 2 of[\s\S]*esc save & quit\s*$/);
    session.mark();
    session.write(KEYS.enter);
    await session.waitFor('Question 3 of');
    expect(await savedSoon(store, 'discipline')).toBe('ct');
    expect(session.raw()).not.toMatch(CLEARS);
    session.write(KEYS.ctrlC);
    expect((await session.exited).exitCode).toBe(130);
    expect(session.output()).toContain('Saved 2 answers');
    expect(session.output()).not.toMatch(NO_STACK);
  });
});

// Rows where Ink cannot or should not run: plain numbered lines, no cursor movement, no colour.
describe('plain lines when the terminal cannot be drawn on', () => {
  it.each([
    { name: 'TERM=dumb', term: 'dumb', shell: undefined },
    // Node's stdin is the terminal, its stdout a pipe; the shell reports node's exit code on stderr.
    { name: 'stdout piped (| cat) while stdin is a terminal', term: undefined, shell: '{ "$@"; echo "exit code $?" >&2; } | cat' },
  ])('$name: numbered lines, the answer saved, exit 1 when input ends', async ({ term, shell }) => {
    const { store, session } = open({ term, shell });
    // Someone is typing (stdin is a terminal), so the intro waits for Enter, which answers nothing.
    await session.waitFor('Press Enter to start with the first question.');
    session.write('\r');
    await session.waitFor('1. Registered technologist');
    expect(session.output()).toMatch(/^Question 1 of \d+, About you: /m);
    expect(session.output()).toContain(FIRST_PROMPT);
    session.mark();
    session.write('1\r');
    await session.waitFor('Question 2 of');
    expect(await savedSoon(store, 'pathway')).toBe('post_primary');
    session.write('\u0004'); // Ctrl+D: end of input
    const ended = await session.exited;
    if (shell) await session.waitFor('exit code 1');
    else expect(ended.exitCode).toBe(1);
    expect(session.output()).toContain('Input ended before the interview was finished; your answers so far are saved.');
    expect(session.raw()).not.toMatch(CURSOR);
    expect(session.raw()).not.toMatch(COLOUR);
    expect(session.output()).not.toMatch(NO_STACK);
    expect(saved(store)).toEqual({ pathway: 'post_primary' });
  });

  /** Two answers saved first, so "progress kept" has something to keep. */
  async function twoAnswers(): Promise<{ home: string; store: string }> {
    const { home, store } = tempHome();
    const file = join(home, 'two.json');
    writeFileSync(file, JSON.stringify({ answers: { pathway: 'post_primary', discipline: 'ct' } }));
    expect((await runMain(['--store', store, '--answers', file], { home })).code).toBe(1);
    return { home, store };
  }

  it('stdin closed in a terminal (<&-): plain lines, exit 1, progress kept, no raw-mode error', async () => {
    const { home, store } = await twoAnswers();
    const session = startPty(['--store', store], { home, shell: '"$@" <&-' });
    sessions.push(session);
    expect((await session.exited).exitCode).toBe(1);
    expect(session.output()).toMatch(/^Welcome back: your answers were saved\. Picking up at question 3 of \d+\.$/m);
    expect(session.output()).toContain('Question 3 of');
    expect(session.output()).toContain('Input ended before the interview was finished');
    expect(session.output()).not.toMatch(NO_STACK);
    expect(session.raw()).not.toMatch(CURSOR);
    expect(saved(store)).toEqual({ pathway: 'post_primary', discipline: 'ct' });
  });

  it('stdin ignored, no terminal at all: plain lines, exit 1, one line on stderr, progress kept', async () => {
    const { home, store } = await twoAnswers();
    const result = spawnSync(process.execPath, [BIN, '--store', store], { cwd: home, env: testEnv(home), stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8', timeout: 15000 });
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('Question 3 of');
    expect(result.stderr.trim().split('\n')).toEqual(['Input ended before the interview was finished; your answers so far are saved. Run clinical-path again to continue.']);
    expect(result.stdout).not.toContain('\u001B');
    expect(saved(store)).toEqual({ pathway: 'post_primary', discipline: 'ct' });
  });
});
