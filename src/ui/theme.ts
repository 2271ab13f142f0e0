import type { TextProps } from 'ink';

/**
 * Every style the UI uses, in one place, so a later no-dim `--large` mode swaps one object.
 * Meaning never rests on color alone: the cursor is a ❯, choices are [x]/[ ], errors start with "!".
 */
export const theme = {
  /** The question itself. */
  prompt: { bold: true },
  /** "Question N of M · section". */
  header: {},
  /** Help lines, option hints, key help and "more" markers: the only dimmed text. */
  hint: { dimColor: true },
  /** The highlighted row, alongside the ❯ pointer. */
  active: { color: 'cyan' },
  error: { color: 'red', bold: true },
} satisfies Record<string, TextProps>;

export const symbols = {
  pointer: '❯',
  checked: '[x]',
  unchecked: '[ ]',
  moreAbove: '↑',
  moreBelow: '↓',
  error: '!',
} as const;
