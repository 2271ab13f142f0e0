import { describe, expect, it } from 'vitest';
import { keyIntent, keyIntents, LIST, PRESENTER, type Intent, type KeyContext, type KeyPress } from '../../src/ui/keyMap.js';

const TEXT_EMPTY: KeyContext = { field: 'text', empty: true };
const TEXT_FULL: KeyContext = { field: 'text', empty: false };

describe('keyIntent', () => {
  it.each<[string, string, KeyPress, KeyContext, Intent]>([
    ['Ctrl+C cancels', 'c', { ctrl: true }, LIST, { type: 'cancel' }],
    ['Ctrl+C cancels in a text field too', 'c', { ctrl: true }, TEXT_FULL, { type: 'cancel' }],
    ['Esc quits', '', { escape: true, meta: true }, LIST, { type: 'quit' }],
    ['Esc quits in a text field', '', { escape: true, meta: true }, TEXT_FULL, { type: 'quit' }],
    ['Enter confirms', '\r', { return: true }, LIST, { type: 'confirm' }],
    ['a line feed (Enter in line mode, Ctrl+J) confirms', '\n', {}, LIST, { type: 'confirm' }],
    ['a line feed confirms in a text field', '\n', {}, TEXT_FULL, { type: 'confirm' }],
    ['↑ moves up', '', { upArrow: true }, LIST, { type: 'up' }],
    ['↓ moves down in a filter', '', { downArrow: true }, TEXT_FULL, { type: 'down' }],
    ['PgDn pages', '', { pageDown: true }, LIST, { type: 'pageDown' }],
    ['Home goes to the top', '', { home: true }, LIST, { type: 'home' }],
    ['k is a letter that moves the highlight (no vim keys: letters jump)', 'k', {}, LIST, { type: 'letter', letter: 'k' }],
    ['← is back in a list', '', { leftArrow: true }, LIST, { type: 'back' }],
    ['b is a letter in a list, not back', 'B', { shift: true }, LIST, { type: 'letter', letter: 'b' }],
    ['Space toggles in a list', ' ', {}, LIST, { type: 'toggle' }],
    ['a digit moves the highlight in a list', '3', {}, LIST, { type: 'digit', digit: 3 }],
    ['0 is a digit too (10, 20, …)', '0', {}, LIST, { type: 'digit', digit: 0 }],
    ['a letter outside English jumps too', 'é', {}, LIST, { type: 'letter', letter: 'é' }],
    ['punctuation is nothing in a list', '?', {}, LIST, { type: 'none' }],
    ['Backspace is nothing in a list', '', { delete: true }, LIST, { type: 'none' }],
    ['b is a letter in a text field', 'b', {}, TEXT_EMPTY, { type: 'type', text: 'b' }],
    ['Space is a letter in a text field', ' ', {}, TEXT_FULL, { type: 'type', text: ' ' }],
    ['a digit is text in a text field', '3', {}, TEXT_FULL, { type: 'type', text: '3' }],
    ['a paste arrives whole', 'New Mexico', {}, TEXT_FULL, { type: 'type', text: 'New Mexico' }],
    ['control bytes are not text', '\t', { tab: true }, TEXT_FULL, { type: 'none' }],
    ['← moves the cursor in a field with text', '', { leftArrow: true }, TEXT_FULL, { type: 'caretLeft' }],
    ['← is back in an empty field', '', { leftArrow: true }, TEXT_EMPTY, { type: 'back' }],
    ['Backspace (0x7f, reported as delete) erases', '', { delete: true }, TEXT_FULL, { type: 'erase' }],
    ['Backspace erases', '', { backspace: true }, TEXT_FULL, { type: 'erase' }],
    ['Alt+b is not back', 'b', { meta: true }, LIST, { type: 'none' }],
    ['→ moves the cursor in a field', '', { rightArrow: true }, TEXT_FULL, { type: 'caretRight' }],
    ['→ is nothing in a list', '', { rightArrow: true }, LIST, { type: 'none' }],
    ['Space moves on in the demo', ' ', {}, PRESENTER, { type: 'confirm' }],
    ['Enter moves on in the demo', '\r', { return: true }, PRESENTER, { type: 'confirm' }],
    ['← is back in the demo', '', { leftArrow: true }, PRESENTER, { type: 'back' }],
    ['e changes an answer in the demo', 'e', {}, PRESENTER, { type: 'change' }],
    ['a pauses autoplay', 'a', {}, PRESENTER, { type: 'pause' }],
    ['→ goes forward in the demo (a clicker’s next)', '', { rightArrow: true }, PRESENTER, { type: 'forward' }],
    ['PgUp is a clicker’s back in the demo', '', { pageUp: true }, PRESENTER, { type: 'pageUp' }],
    ['b is back in the demo', 'b', {}, PRESENTER, { type: 'back' }],
    ['g starts a jump to a question', 'g', {}, PRESENTER, { type: 'goto' }],
    ['a digit after it is the question’s number', '7', {}, PRESENTER, { type: 'digit', digit: 7 }],
    ['r restarts the demo', 'r', {}, PRESENTER, { type: 'restart' }],
    ['s switches persona', 's', {}, PRESENTER, { type: 'switch' }],
    ['p goes to the plan', 'p', {}, PRESENTER, { type: 'plan' }],
    ['% reveals the survey figure', '%', {}, PRESENTER, { type: 'survey' }],
    ['→ is not a demo key in the interview’s lists', '', { rightArrow: true }, LIST, { type: 'none' }],
    ['c compares plans', 'c', {}, PRESENTER, { type: 'compare' }],
    ['q quits the demo', 'q', {}, PRESENTER, { type: 'quit' }],
    ['Q quits the demo too', 'Q', { shift: true }, PRESENTER, { type: 'quit' }],
    ['Esc quits the demo', '', { escape: true }, PRESENTER, { type: 'quit' }],
    ['PgDn scrolls in the demo', '', { pageDown: true }, PRESENTER, { type: 'pageDown' }],
    ['Ctrl+C cancels the demo', 'c', { ctrl: true }, PRESENTER, { type: 'cancel' }],
    ['q is a letter in the interview’s lists', 'q', {}, LIST, { type: 'letter', letter: 'q' }],
    ['a paste is not a demo command', 'constructor', {}, PRESENTER, { type: 'none' }],
  ])('%s', (_name, input, key, context, expected) => {
    expect(keyIntent(input, key, context)).toEqual(expected);
  });
});

describe('keyIntents: several keys read at once', () => {
  it.each<[string, string, KeyPress, KeyContext, Intent[]]>([
    ['one key is one intent', '2', {}, LIST, [{ type: 'digit', digit: 2 }]],
    ['a digit then Enter, typed ahead', '2\r', {}, LIST, [{ type: 'digit', digit: 2 }, { type: 'confirm' }]],
    ['two digits then Enter', '12\r', {}, LIST, [{ type: 'digit', digit: 1 }, { type: 'digit', digit: 2 }, { type: 'confirm' }]],
    ['a letter then Ctrl+C: the cancel is not lost', 'x\u0003', {}, LIST, [{ type: 'letter', letter: 'x' }, { type: 'cancel' }]],
    ['Ctrl+C inside typed text', 'abc\u0003', {}, TEXT_FULL, [{ type: 'type', text: 'abc' }, { type: 'cancel' }]],
    ['Space, Space, Enter in a list', '  \r', {}, LIST, [{ type: 'toggle' }, { type: 'toggle' }, { type: 'confirm' }]],
    ['text then Enter in a field', 'Night shifts\r', {}, TEXT_EMPTY, [{ type: 'type', text: 'Night shifts' }, { type: 'confirm' }]],
    ['two Backspaces', '\u007F\u007F', {}, TEXT_FULL, [{ type: 'erase' }, { type: 'erase' }]],
    ['a paste stays one edit', 'New Mexico', {}, TEXT_FULL, [{ type: 'type', text: 'New Mexico' }]],
    ['an emoji is one character of text', '👩‍⚕️', {}, TEXT_FULL, [{ type: 'type', text: '👩‍⚕️' }]],
    ['other control bytes are dropped', 'a\u0007b', {}, TEXT_FULL, [{ type: 'type', text: 'a' }, { type: 'type', text: 'b' }]],
    ['a key with flags is one key', 'b', { meta: true }, LIST, [{ type: 'none' }]],
    ['a pasted paragraph of several lines stays text', 'No site near me.\nMy manager said no.\r\nStill looking', {}, TEXT_FULL, [{ type: 'type', text: 'No site near me. My manager said no. Still looking' }]],
    ['a paste ending in a line break: the text, then one Enter', 'Night shifts\r\n', {}, TEXT_EMPTY, [{ type: 'type', text: 'Night shifts' }, { type: 'confirm' }]],
    ['a bidi override and a zero-width space typed or pasted are dropped', 'exe\u202E\u200Btxt.pdf', {}, TEXT_FULL, [{ type: 'type', text: 'exetxt.pdf' }]],
  ])('%s', (_name, input, key, context, expected) => {
    expect(keyIntents(input, key, context)).toEqual(expected);
  });
});
