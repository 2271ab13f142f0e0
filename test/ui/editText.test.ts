import { describe, expect, it } from 'vitest';
import { editText, type TextEdit } from '../../src/ui/editText.js';
import type { Intent } from '../../src/ui/keyMap.js';

describe('editText', () => {
  it.each<[string, TextEdit, Intent, TextEdit]>([
    ['types at the end', { text: 'Nigh', caret: 4 }, { type: 'type', text: 't' }, { text: 'Night', caret: 5 }],
    ['types in the middle', { text: 'Nght', caret: 1 }, { type: 'type', text: 'i' }, { text: 'Night', caret: 2 }],
    ['pastes at the cursor', { text: 'shifts', caret: 0 }, { type: 'type', text: 'Night ' }, { text: 'Night shifts', caret: 6 }],
    ['erases before the cursor', { text: 'Nigght', caret: 4 }, { type: 'erase' }, { text: 'Night', caret: 3 }],
    ['erases nothing at the start', { text: 'Night', caret: 0 }, { type: 'erase' }, { text: 'Night', caret: 0 }],
    ['← stops at the start', { text: 'ab', caret: 0 }, { type: 'caretLeft' }, { text: 'ab', caret: 0 }],
    ['→ stops at the end', { text: 'ab', caret: 2 }, { type: 'caretRight' }, { text: 'ab', caret: 2 }],
    ['Home and End', { text: 'abc', caret: 1 }, { type: 'end' }, { text: 'abc', caret: 3 }],
    ['counts an emoji as one character', { text: 'a👩b', caret: 2 }, { type: 'erase' }, { text: 'ab', caret: 1 }],
    ['ignores what is not editing', { text: 'ab', caret: 1 }, { type: 'toggle' }, { text: 'ab', caret: 1 }],
  ])('%s', (_name, before, intent, after) => {
    expect(editText(before, intent)).toEqual(after);
  });
});
