// No imports: the first frame (src/cli/firstFrame.ts) uses these before Ink and React are loaded.

/** The non-ASCII marks the interview draws, each with an ASCII stand-in of the same meaning. */
export interface Glyphs {
  /** The highlighted row. */
  pointer: string;
  checked: string;
  unchecked: string;
  /** "more above / below" markers of a list that scrolls. */
  moreAbove: string;
  moreBelow: string;
  error: string;
  /** After a demo persona's answer: "← Dana's answer". */
  answerMarker: string;
  /** Key names in the key help: "↑↓ move", "← or b back". */
  upDown: string;
  left: string;
  /** A clicker's "next" in the demo's key help: "→/space/enter/PgDn next". */
  right: string;
  /** Between the parts of the header and the key help: "Question 1 of 17 · About you". */
  separator: string;
  /** Before an option's hint: "Label — hint". */
  dash: string;
  /** A range of keys: "1–9 choose". */
  rangeDash: string;
  /** The end of a line cut short. */
  ellipsis: string;
  /** The demo's survey bars: a filled and an empty cell of the track. */
  barFull: string;
  barEmpty: string;
  /** The demo's autoplay: running, paused, at the end (a mark, so the state never rests on colour). */
  playing: string;
  paused: string;
  stopped: string;
}

export const unicodeGlyphs: Glyphs = {
  pointer: '❯',
  checked: '[x]',
  unchecked: '[ ]',
  moreAbove: '↑',
  moreBelow: '↓',
  error: '!',
  answerMarker: '←',
  upDown: '↑↓',
  left: '←',
  right: '→',
  separator: '·',
  dash: '—',
  rangeDash: '–',
  ellipsis: '…',
  barFull: '█',
  barEmpty: '░',
  playing: '▶',
  paused: '‖',
  stopped: '■',
};

export const asciiGlyphs: Glyphs = {
  pointer: '>',
  checked: '[x]',
  unchecked: '[ ]',
  moreAbove: '^',
  moreBelow: 'v',
  error: '!',
  answerMarker: '<-',
  upDown: 'up/down',
  left: 'left',
  right: 'right',
  separator: '|',
  dash: '-',
  rangeDash: '-',
  ellipsis: '...',
  barFull: '#',
  barEmpty: '.',
  playing: '>',
  paused: '||',
  stopped: '[]',
};

/**
 * Whether the terminal can show the Unicode marks. Node writes UTF-8 whatever the locale, so a terminal
 * set to a non-UTF-8 character set shows ❯ as "â¯" and misaligns every line Ink measured. The locale
 * (LC_ALL, then LC_CTYPE, then LANG, as POSIX orders them) says what the terminal expects; when it names
 * another character set (LANG=C, en_US.ISO-8859-1) ASCII is the safe choice: a UTF-8 terminal shows it
 * too. Unset, nothing is known and Unicode is assumed, as is-unicode-supported does. The Linux kernel
 * console (TERM=linux) has no ❯ in its font whatever the locale.
 */
export function supportsUnicode(env: Readonly<Record<string, string | undefined>>): boolean {
  if (env.TERM === 'linux') return false;
  const locale = env.LC_ALL || env.LC_CTYPE || env.LANG;
  return !locale || /utf-?8/i.test(locale);
}

/** The marks for this process's terminal. */
export const glyphs: Glyphs = supportsUnicode(process.env) ? unicodeGlyphs : asciiGlyphs;
