import type { Key } from 'ink';
import { removeUnsafe } from '../core/text/removeUnsafe.js';

/**
 * What a key press means, whatever view is on screen. Views act on the intents they understand and
 * ignore the rest, so adding a key means changing this file only.
 */
export type Intent =
  | { type: 'up' }
  | { type: 'down' }
  | { type: 'pageUp' }
  | { type: 'pageDown' }
  | { type: 'home' }
  | { type: 'end' }
  /** Space in a list: select or unselect the highlighted option (multi choice). */
  | { type: 'toggle' }
  | { type: 'confirm' }
  /** Previous question (or, while editing from review, back to review). */
  | { type: 'back' }
  /** Esc: stop for now; every answer is already saved. */
  | { type: 'quit' }
  /** Ctrl+C: stop, reported to the caller as cancelled (exit code 130 is the caller's job). */
  | { type: 'cancel' }
  /** A digit in a list: moves the highlight to the option with that number (two digits typed quickly: 10–99). */
  | { type: 'digit'; digit: number }
  /** A letter in a list: moves the highlight to the next option starting with it. */
  | { type: 'letter'; letter: string }
  /** Printable text typed into a text or filter field (a paste arrives as one intent). */
  | { type: 'type'; text: string }
  /** Backspace or Delete in a text or filter field. */
  | { type: 'erase' }
  /** ← and → inside a text field with text: move the text cursor. */
  | { type: 'caretLeft' }
  | { type: 'caretRight' }
  /** Demo, `e`: let the class choose a different answer to the question on screen. */
  | { type: 'change' }
  /** Demo, `a`: pause or resume autoplay. */
  | { type: 'pause' }
  /** Demo, `c`: compare this plan with another persona's. */
  | { type: 'compare' }
  /** Demo, →: forward, as a clicker's "next" (Space, Enter and PgDn go forward too, as their own intents). */
  | { type: 'forward' }
  /** Demo, `g`: the number typed next (then Enter) is the question to go to. */
  | { type: 'goto' }
  /** Demo, `r`: start this persona's demo again, the class's changes dropped. */
  | { type: 'restart' }
  /** Demo, `s`: choose another persona. */
  | { type: 'switch' }
  /** Demo, `p`: go to the plan. */
  | { type: 'plan' }
  /** Demo, `%`: show or hide the ASRT survey's figures for the question on screen. */
  | { type: 'survey' }
  | { type: 'none' };

export type IntentType = Intent['type'];

/**
 * Where the key was pressed. In a list, a digit or a letter moves the highlight (never chooses: Enter does, so a
 * quick Enter after a number can't answer the next question), space toggles and ← goes back;
 * in a text field they are text, and ← moves the cursor unless there is nothing to move over.
 * A presenter screen (the demo: stepping, plan, comparison, persona picker) is a list where space moves
 * on like Enter, → goes forward and ← or `b` back (what a presentation clicker sends, with PgDn and PgUp), and
 * `e`, `a`, `c`, `g`, `r`, `s`, `p`, `%`, `q` are commands.
 */
export type KeyContext = { field: 'none' } | { field: 'text'; empty: boolean } | { field: 'presenter' };

export const LIST: KeyContext = { field: 'none' };
export const PRESENTER: KeyContext = { field: 'presenter' };

const PRESENTER_KEYS: ReadonlyMap<string, Intent> = new Map<string, Intent>([
  [' ', { type: 'confirm' }],
  ['b', { type: 'back' }],
  ['e', { type: 'change' }],
  // Not `p`: that goes to the plan, which a presenter asks for more often than a pause.
  ['a', { type: 'pause' }],
  ['c', { type: 'compare' }],
  ['g', { type: 'goto' }],
  ['r', { type: 'restart' }],
  ['s', { type: 'switch' }],
  ['p', { type: 'plan' }],
  ['%', { type: 'survey' }],
  ['q', { type: 'quit' }],
]);

/** The Key fields this map reads, so tests can pass a partial key. */
export type KeyPress = Partial<Key>;

const PRINTABLE = /^[^\p{Cc}]+$/u;

export function keyIntent(input: string, key: KeyPress, context: KeyContext): Intent {
  // Ink reports Ctrl+C as input "c" with ctrl set (exitOnCtrlC must be false for it to reach us).
  if (key.ctrl && input === 'c') return { type: 'cancel' };
  if (key.escape) return { type: 'quit' };
  // A line feed is Enter too: a terminal still in line mode (before raw mode is on) turns Enter into one.
  if (key.return || input === '\n') return { type: 'confirm' };
  if (key.upArrow) return { type: 'up' };
  if (key.downArrow) return { type: 'down' };
  if (key.pageUp) return { type: 'pageUp' };
  if (key.pageDown) return { type: 'pageDown' };
  if (key.home) return { type: 'home' };
  if (key.end) return { type: 'end' };
  if (key.leftArrow) {
    // In a field with text, ← moves the cursor: going back there would surprise someone mid-word.
    return context.field === 'text' && !context.empty ? { type: 'caretLeft' } : { type: 'back' };
  }
  if (context.field === 'text') {
    if (key.rightArrow) return { type: 'caretRight' };
    // Ink reports the Backspace byte (0x7f) as `delete`; both erase.
    if (key.backspace || key.delete) return { type: 'erase' };
    if (key.ctrl || key.meta || key.tab) return { type: 'none' };
    // Typed or pasted text takes the same path as every printed string: a bidi override or a zero-width character
    // pasted into the field never reaches the screen or the saved answer.
    const text = input !== '' && PRINTABLE.test(input) ? removeUnsafe(input) : '';
    return text !== '' ? { type: 'type', text } : { type: 'none' };
  }
  if (key.ctrl || key.meta || key.tab) return { type: 'none' };
  if (context.field === 'presenter') {
    if (key.rightArrow) return { type: 'forward' };
    const command = PRESENTER_KEYS.get(input.toLowerCase());
    if (command) return command;
  }
  if (input === ' ') return { type: 'toggle' };
  if (/^[0-9]$/.test(input)) return { type: 'digit', digit: Number(input) };
  if (/^\p{L}$/u.test(input)) return { type: 'letter', letter: input.toLowerCase() };
  return { type: 'none' };
}

/**
 * A chunk typed into a text field with line breaks inside it is a paste of several lines: those breaks are part of
 * the text (spaces), so the paste stays text up to the field's limit. Only breaks at the very end of the chunk are
 * Enter, and a run of them (CR LF) is one Enter: Enter is the only thing that submits.
 */
function pastedLines(input: string): string {
  const body = input.replace(/[\r\n]+$/, '');
  const enter = body.length < input.length ? '\r' : '';
  return `${body.replace(/\r\n|[\r\n]/g, ' ')}${enter}`;
}

/** What a control byte inside a chunk means, reported the way Ink reports the byte on its own. */
const CONTROL_BYTES: ReadonlyMap<string, [string, KeyPress]> = new Map<string, [string, KeyPress]>([
  ['\r', ['', { return: true }]],
  ['\n', ['', { return: true }]],
  ['\u0003', ['c', { ctrl: true }]],
  ['\u007F', ['', { delete: true }]],
  ['\b', ['', { backspace: true }]],
  ['\t', ['', { tab: true }]],
]);

const hasFlag = (key: KeyPress) => Object.values(key).some((flag) => flag === true);

/**
 * The intents in one read from the terminal. Ink hands over several keys as one input when they arrive
 * together: typed while the app was loading, over a slow connection, or pasted. The answer must not
 * depend on how the bytes were grouped, so such a chunk counts as its keys one by one; only a run of
 * printable text typed into a text field stays whole (a paste is one edit). Escape sequences always
 * come alone (Ink splits them off), so a chunk with key flags is one key.
 */
export function keyIntents(input: string, key: KeyPress, context: KeyContext): Intent[] {
  if (hasFlag(key) || [...input].length <= 1) return [keyIntent(input, key, context)];
  if (context.field === 'text') input = pastedLines(input);
  const intents: Intent[] = [];
  let text = '';
  const flushText = () => {
    if (text) intents.push(keyIntent(text, {}, context));
    text = '';
  };
  for (const char of input) {
    const control = CONTROL_BYTES.get(char);
    if (control === undefined && PRINTABLE.test(char)) {
      if (context.field === 'text') text += char;
      else intents.push(keyIntent(char, {}, context));
      continue;
    }
    flushText();
    if (control) intents.push(keyIntent(control[0], control[1], context));
  }
  flushText();
  return intents.filter((intent) => intent.type !== 'none');
}
