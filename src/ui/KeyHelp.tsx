import { Text, useStdout } from 'ink';
import { countLines } from './countLines.js';
import { symbols, useTheme } from './theme.js';

export type HelpView = 'single' | 'multi' | 'filter' | 'text' | 'review';

export interface HelpOptions {
  /** There is somewhere to go back to (not the first question). */
  canGoBack: boolean;
  /** Came from review: back returns there. */
  editing: boolean;
  /** Options carry numbers 1–9 that pick them. */
  numbered: boolean;
  /** The question may be left empty. */
  optional: boolean;
  /** What Esc says, if not "esc save & quit" (the demo saves nothing). */
  quit?: string;
}

const SAVE_AND_QUIT = 'esc save & quit';
const SEPARATOR = ` ${symbols.separator} `;

function backHint(view: HelpView, { canGoBack, editing }: HelpOptions): string | null {
  // In a text field `b` is a letter, so only ← (on an empty field) goes back there.
  const keys = view === 'filter' || view === 'text' ? `${symbols.left} (empty field)` : `${symbols.left} or b`;
  if (editing) return `${keys} back to review`;
  return canGoBack ? `${keys} back` : null;
}

/** The one line of key help for a view; also used to measure how many lines it takes. */
export function keyHelpText(view: HelpView, options: HelpOptions): string {
  const back = backHint(view, options);
  const QUIT = options.quit ?? SAVE_AND_QUIT;
  const parts: Array<string | null | false> = (() => {
    switch (view) {
      case 'single':
        return [`${symbols.upDown} move`, options.numbered && `1${symbols.rangeDash}9 choose`, 'enter confirm', back, QUIT];
      case 'multi':
        return [`${symbols.upDown} move`, 'space select', options.numbered && `1${symbols.rangeDash}9 select`, 'enter confirm', back, QUIT];
      case 'filter':
        return ['type to filter', `${symbols.upDown} move`, 'enter confirm', back, QUIT];
      case 'text':
        return [options.optional ? 'enter confirm (empty skips)' : 'enter confirm', back, QUIT];
      case 'review':
        return [`${symbols.upDown} move`, 'enter change answer', back, QUIT];
      default: {
        const unreachable: never = view;
        return unreachable;
      }
    }
  })();
  return parts.filter((p): p is string => typeof p === 'string').join(SEPARATOR);
}

/** The demo's screens: stepping through a persona, the plan, the comparison, choosing a persona. */
export type DemoHelpView = 'step' | 'plan' | 'compare' | 'picker' | 'comparePicker';

export interface DemoHelpOptions {
  canGoBack: boolean;
  /** Autoplay is on: 'running' offers pause, 'paused' offers resume. */
  autoplay?: 'running' | 'paused';
  /** The view scrolls (more lines than fit). */
  scrolls?: boolean;
  /** There are other personas to compare with. */
  canCompare?: boolean;
}

/** Esc and q both end a demo; nothing is saved, so nothing is said about saving. */
export const DEMO_QUIT = 'esc quit';

/** The one line of key help for a demo screen. */
export function demoHelpText(view: DemoHelpView, { canGoBack, autoplay, scrolls = false, canCompare = false }: DemoHelpOptions): string {
  const back = canGoBack && `${symbols.left} back`;
  const scroll = scrolls && `${symbols.upDown} PgUp/PgDn scroll`;
  const parts: Array<string | false | undefined> = (() => {
    switch (view) {
      case 'step':
        return ['space/enter next', back, 'e change answer', autoplay && (autoplay === 'running' ? 'p pause' : 'p resume'), DEMO_QUIT];
      case 'plan':
        return [scroll, back, canCompare && 'c compare with another persona', DEMO_QUIT];
      case 'compare':
        return [scroll, `${symbols.left} back to the plan`, canCompare && 'c compare with another', DEMO_QUIT];
      case 'picker':
        return [`${symbols.upDown} move`, 'enter start the demo', DEMO_QUIT];
      case 'comparePicker':
        return [`${symbols.upDown} move`, 'enter compare', `${symbols.left} back to the plan`, DEMO_QUIT];
      default: {
        const unreachable: never = view;
        return unreachable;
      }
    }
  })();
  return parts.filter((p): p is string => typeof p === 'string').join(SEPARATOR);
}

/** Key help in lines of at most `columns`, broken between hints and never inside one ("← or b back" stays whole). */
export function keyHelpLines(text: string, columns: number): string[] {
  const lines: string[] = [];
  for (const hint of text.split(SEPARATOR)) {
    const line = lines.at(-1);
    if (line !== undefined && line.length + SEPARATOR.length + hint.length <= columns) lines[lines.length - 1] = line + SEPARATOR + hint;
    else lines.push(hint);
  }
  return lines;
}

/** How many terminal lines the key help takes: for the frame's height budget. */
export function keyHelpHeight(text: string, columns: number): number {
  return keyHelpLines(text, columns).reduce((sum, line) => sum + countLines(line, columns), 0);
}

/** `columns`: the width inside the screen's padding; by default the terminal's width less the theme's padding. */
export function KeyHelp({ text, columns }: { text: string; columns?: number }) {
  const { styles, paddingX } = useTheme();
  const width = columns ?? (useStdout().stdout.columns || 80) - 2 * paddingX;
  return <Text {...styles.hint}>{keyHelpLines(text, width).join('\n')}</Text>;
}
