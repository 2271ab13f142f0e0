// No Ink or React: the first frame (src/cli/firstFrame.ts) draws the same key help before they are loaded.
import { countLines } from './countLines.js';
import { glyphs } from './glyphs.js';

export type HelpView = 'single' | 'multi' | 'filter' | 'text' | 'review';

export interface HelpOptions {
  /** There is somewhere to go back to (not the first question). */
  canGoBack: boolean;
  /** Came from review: back returns there. */
  editing: boolean;
  /** Options carry numbers 1 to this (0: none); a number moves the highlight there. */
  numbered: number;
  /** The question may be left empty. */
  optional: boolean;
  /** What Esc says, if not "esc save & quit" (the demo saves nothing). */
  quit?: string;
}

const SAVE_AND_QUIT = 'esc save & quit';
const SEPARATOR = ` ${glyphs.separator} `;

function backHint(view: HelpView, { canGoBack, editing }: HelpOptions): string | null {
  // In a text field ← moves the text cursor, so it goes back only on an empty field.
  const keys = view === 'filter' || view === 'text' ? `${glyphs.left} (empty field)` : glyphs.left;
  if (editing) return `${keys} back to review`;
  return canGoBack ? `${keys} back` : null;
}

/** Numbers and letters move the highlight, as ↑↓ do; saying "1–5" tells which numbers exist. */
function moveHint(numbered: number): string {
  return numbered > 1 ? `${glyphs.upDown}, 1${glyphs.rangeDash}${numbered} or a letter move` : `${glyphs.upDown} or a letter move`;
}

/** The one line of key help for a view; also used to measure how many lines it takes. */
export function keyHelpText(view: HelpView, options: HelpOptions): string {
  const back = backHint(view, options);
  const QUIT = options.quit ?? SAVE_AND_QUIT;
  const parts: Array<string | null | false> = (() => {
    switch (view) {
      case 'single':
        return [moveHint(options.numbered), 'enter choose', back, QUIT];
      case 'multi':
        return [moveHint(options.numbered), 'space tick', 'enter confirm', back, QUIT];
      case 'filter':
        return ['type to filter', `${glyphs.upDown} move`, 'enter confirm', back, QUIT];
      case 'text':
        return [options.optional ? 'enter confirm (empty skips)' : 'enter confirm', back, QUIT];
      case 'review':
        return [`${glyphs.upDown} move`, 'enter change answer', 'p show my plan', back, QUIT];
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
/** On the presenter's own screens `q` quits too (in the class's answer view it is a letter). */
const PRESENTER_QUIT = 'q/esc quit';

/** Forward and back as a presentation clicker sends them, named in the key help of every stepping screen. */
const DEMO_NEXT = `${glyphs.right}/space/enter/PgDn next`;
const DEMO_BACK = `${glyphs.left}/b/PgUp back`;
/** The presenter's commands, in the order a class meets them. */
const DEMO_COMMANDS = ['g+number go to question', 'p plan', 'r restart', 's switch persona'];

/**
 * The key help for a demo screen: every key that works there, broken into lines between hints to fit the width
 * (KeyHelp). `step` lists them all; the plan and comparison list the scroll keys, back and their own.
 */
export function demoHelpText(view: DemoHelpView, { canGoBack, autoplay, scrolls = false, canCompare = false }: DemoHelpOptions): string {
  const back = canGoBack && DEMO_BACK;
  const scroll = scrolls && `${glyphs.upDown} ${glyphs.right}/space/PgUp/PgDn scroll`;
  const pause = autoplay && (autoplay === 'running' ? 'a pause' : 'a resume');
  const parts: Array<string | false | undefined> = (() => {
    switch (view) {
      case 'step':
        return [DEMO_NEXT, back, 'e class changes the answer', '% ASRT figure', pause, ...DEMO_COMMANDS, PRESENTER_QUIT];
      case 'plan':
        // PgUp scrolls here, so it is not named as back.
        return [scroll, canGoBack && `${glyphs.left}/b back`, canCompare && 'c compare with another persona', pause, 'g+number go to question', 'r restart', 's switch persona', PRESENTER_QUIT];
      case 'compare':
        return [scroll, `${glyphs.left}/b back to the plan`, canCompare && 'c compare with another', PRESENTER_QUIT];
      case 'picker':
        return [`${glyphs.upDown} move`, 'enter start the demo', PRESENTER_QUIT];
      case 'comparePicker':
        return [`${glyphs.upDown} move`, 'enter compare', `${glyphs.left}/b back to the plan`, PRESENTER_QUIT];
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

/**
 * The same key help in words, for a screen reader (↑↓ and ← read badly), kept beside keyHelpText so a key that
 * changes changes in both.
 */
export function spokenKeyHelp(view: HelpView, canGoBack: boolean, optional: boolean): string {
  const back = canGoBack ? ' Left arrow goes back.' : '';
  const quit = ' Escape saves and quits.';
  switch (view) {
    case 'single':
      return `Up and down arrows, a number or a letter move; Enter chooses.${back}${quit}`;
    case 'multi':
      return `Up and down arrows, a number or a letter move; Space ticks or unticks; Enter confirms.${back}${quit}`;
    case 'filter':
      return `Type part of a name to narrow the list; up and down arrows move; Enter chooses.${canGoBack ? ' Left arrow on an empty filter goes back.' : ''}${quit}`;
    case 'text':
      return `Type your answer, then Enter${optional ? '; Enter on an empty field skips it' : ''}.${canGoBack ? ' Left arrow on an empty field goes back.' : ''}${quit}`;
    case 'review':
      return `Up and down arrows move through your answers; Enter changes the one you are on; p shows your plan.${back}${quit}`;
    default: {
      const unreachable: never = view;
      return unreachable;
    }
  }
}
