import { Text } from 'ink';
import { theme } from './theme.js';

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
}

const QUIT = 'esc save & quit';

function backHint(view: HelpView, { canGoBack, editing }: HelpOptions): string | null {
  // In a text field `b` is a letter, so only ← (on an empty field) goes back there.
  const keys = view === 'filter' || view === 'text' ? '← (empty field)' : '← or b';
  if (editing) return `${keys} back to review`;
  return canGoBack ? `${keys} back` : null;
}

/** The one line of key help for a view; also used to measure how many lines it takes. */
export function keyHelpText(view: HelpView, options: HelpOptions): string {
  const back = backHint(view, options);
  const parts: Array<string | null | false> = (() => {
    switch (view) {
      case 'single':
        return ['↑↓ move', options.numbered && '1–9 choose', 'enter confirm', back, QUIT];
      case 'multi':
        return ['↑↓ move', 'space select', options.numbered && '1–9 select', 'enter confirm', back, QUIT];
      case 'filter':
        return ['type to filter', '↑↓ move', 'enter confirm', back, QUIT];
      case 'text':
        return [options.optional ? 'enter confirm (empty skips)' : 'enter confirm', back, QUIT];
      case 'review':
        return ['↑↓ move', 'enter change answer', back, QUIT];
      default: {
        const unreachable: never = view;
        return unreachable;
      }
    }
  })();
  return parts.filter((p): p is string => typeof p === 'string').join(' · ');
}

export function KeyHelp({ text }: { text: string }) {
  return <Text {...theme.hint}>{text}</Text>;
}
