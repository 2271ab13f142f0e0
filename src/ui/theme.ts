import type { TextProps } from 'ink';
import { createContext, useContext } from 'react';
import { glyphs, type Glyphs } from './glyphs.js';

/** The text styles every view uses. Meaning never rests on them alone (see `symbols`). */
export interface ThemeStyles {
  /** The question itself. */
  prompt: TextProps;
  /** "Question N of M · section". */
  header: TextProps;
  /** Help lines, option hints, key help and "more" markers. Never dimmed: dim text fades out on light themes. */
  hint: TextProps;
  /** The highlighted row, alongside the ❯ pointer: inverse video, which reads on any background. */
  active: TextProps;
  error: TextProps;
}

export interface Theme {
  name: 'normal' | 'large';
  styles: ThemeStyles;
  /** Blank lines between the rows of a list. */
  rowGap: number;
  /** Columns left empty on each side of the screen. */
  paddingX: number;
}

/**
 * Every style the UI uses, in one place. No colour carries meaning: xterm's cyan reads at 2.0:1 on a white
 * background and its red at 3.6:1 on black, under WCAG's 4.5:1 (test/ui/contrast.test.ts checks every colour
 * used). The cursor is a ❯ (or >) with its row in inverse video, choices are [x]/[ ], errors start with "!" and
 * are bold, a demo persona's answer says "← Name's answer".
 */
export const normalTheme: Theme = {
  name: 'normal',
  styles: {
    prompt: { bold: true },
    header: {},
    hint: {},
    active: { inverse: true },
    error: { bold: true },
  },
  rowGap: 0,
  paddingX: 0,
};

/** For a projector (`--large`, CLINICAL_PATH_THEME=large): bold headers and cursor, a blank line between rows, side padding. */
export const largeTheme: Theme = {
  name: 'large',
  styles: {
    prompt: { bold: true },
    header: { bold: true },
    hint: {},
    active: { inverse: true, bold: true },
    error: { bold: true },
  },
  rowGap: 1,
  paddingX: 2,
};

/** The large theme when asked for by flag or by CLINICAL_PATH_THEME=large, else the normal one. */
export function chooseTheme(large: boolean | undefined, env: Readonly<Record<string, string | undefined>>): Theme {
  return large === true || env.CLINICAL_PATH_THEME?.toLowerCase() === 'large' ? largeTheme : normalTheme;
}

/** The theme in use; the normal one unless a caller wraps the app in `<ThemeContext value={…}>`. */
export const ThemeContext = createContext<Theme>(normalTheme);

export function useTheme(): Theme {
  return useContext(ThemeContext);
}

/** The normal styles, for code outside a React tree. Components use `useTheme().styles`. */
export const theme = normalTheme.styles;

/**
 * The marks the views draw: Unicode, or ASCII stand-ins when the locale says the terminal is not UTF-8
 * (see glyphs.ts). Key help and separators can use `upDown`, `left`, `separator`, `dash`, `rangeDash`.
 */
export const symbols: Glyphs = glyphs;
