import { Box, Text } from 'ink';
import { useEffect, useRef } from 'react';
import { PRESENTER } from '../keyMap.js';
import { isMove } from '../moveCursor.js';
import { useTheme } from '../theme.js';
import { useIntent } from '../useIntent.js';
import { useSyncedState } from '../useSyncedState.js';

/** One line of a scroll view: already wrapped (it is truncated if it is not), styled by tone. */
export interface ScrollLine {
  text: string;
  tone?: 'heading' | 'hint';
}

export interface ScrollViewProps {
  lines: readonly ScrollLine[];
  /** Lines the view may take, its position line included. */
  height: number;
  /** The first line to show when it opens: where it was left (the plan after a comparison). */
  start?: number;
  /** Each movement: the first line shown, and whether the last line is in view. */
  onScroll?: (offset: number, atEnd: boolean) => void;
  /** Pages down each time this number goes up (autoplay reading on through the plan). */
  advance?: number;
}

/** The lines a full page shows, as ScrollView lays it out: all of them, or all but the position line. */
export function scrollPage(count: number, height: number): number {
  return count <= height ? count : Math.max(1, height - 1);
}

/** A clicker's forward (Space, Enter, →) pages down, as PgDn does. */
function movement(type: string): string {
  return type === 'confirm' || type === 'forward' ? 'pageDown' : type;
}

/** The first line shown after a movement, for `count` lines showing `page` at a time. */
export function scrollTo(intent: string, offset: number, count: number, page: number): number {
  const last = Math.max(0, count - page);
  const step = Math.max(1, page - 1);
  const next = (() => {
    switch (intent) {
      case 'up':
        return offset - 1;
      case 'down':
        return offset + 1;
      case 'pageUp':
        return offset - step;
      case 'pageDown':
        return offset + step;
      case 'home':
        return 0;
      case 'end':
        return last;
      default:
        return offset;
    }
  })();
  return Math.min(Math.max(0, next), last);
}

/**
 * Long text in a window of `height` lines: ↑↓ a line, PgUp/PgDn a page, Home/End the ends. When it does
 * not all fit, the last line says where you are ("lines 1–20 of 140 · ↓ more"). Never taller than `height`,
 * so the frame stays shorter than the terminal.
 */
export function ScrollView({ lines, height, start: opening = 0, onScroll, advance = 0 }: ScrollViewProps) {
  const { styles } = useTheme();
  const fits = lines.length <= height;
  const page = scrollPage(lines.length, height);
  const [offset, update] = useSyncedState(() => opening);
  const start = Math.min(offset, Math.max(0, lines.length - page));
  const move = (type: string) => {
    const next = update((o) => scrollTo(type, Math.min(o, Math.max(0, lines.length - page)), lines.length, page));
    onScroll?.(next, next + page >= lines.length);
  };

  useIntent(PRESENTER, (intent) => {
    const type = movement(intent.type);
    if (isMove({ type } as typeof intent)) move(type);
  });
  const advanced = useRef(advance);
  useEffect(() => {
    if (advance === advanced.current) return;
    advanced.current = advance;
    move('pageDown');
  });

  const shown = lines.slice(start, start + page);
  const end = start + shown.length;
  const more = [start > 0 && '↑ more above', end < lines.length && '↓ more below'].filter(Boolean).join(' · ');
  return (
    <Box flexDirection="column">
      {shown.map((line, i) => (
        <Text
          key={start + i}
          wrap="truncate-end"
          {...(line.tone === 'heading' ? styles.prompt : line.tone === 'hint' ? styles.hint : {})}
        >
          {line.text === '' ? ' ' : line.text}
        </Text>
      ))}
      {!fits && (
        <Text {...styles.hint} wrap="truncate-end">
          lines {start + 1}–{end} of {lines.length}
          {more ? ` · ${more}` : ''}
        </Text>
      )}
    </Box>
  );
}
