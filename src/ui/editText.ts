import type { Intent } from './keyMap.js';

/** A line being typed, and where the cursor is, counted in characters (code points), not UTF-16 units. */
export interface TextEdit {
  text: string;
  caret: number;
}

/** The line after a key: typing inserts at the cursor, Backspace erases before it, arrows and Home/End move it. */
export function editText(edit: TextEdit, intent: Intent): TextEdit {
  const { text, caret } = edit;
  const chars = [...text];
  switch (intent.type) {
    case 'type': {
      const typed = [...intent.text];
      return { text: [...chars.slice(0, caret), ...typed, ...chars.slice(caret)].join(''), caret: caret + typed.length };
    }
    case 'erase':
      return caret === 0 ? edit : { text: [...chars.slice(0, caret - 1), ...chars.slice(caret)].join(''), caret: caret - 1 };
    case 'caretLeft':
      return { text, caret: Math.max(0, caret - 1) };
    case 'caretRight':
      return { text, caret: Math.min(chars.length, caret + 1) };
    case 'home':
      return { text, caret: 0 };
    case 'end':
      return { text, caret: chars.length };
    default:
      return edit;
  }
}
