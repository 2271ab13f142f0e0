import { Box, Text } from 'ink';
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
export function ScrollView({ lines, height }: ScrollViewProps) {
  const { styles } = useTheme();
  const fits = lines.length <= height;
  const page = fits ? lines.length : Math.max(1, height - 1);
  const [offset, update] = useSyncedState(() => 0);
  const start = Math.min(offset, Math.max(0, lines.length - page));

  useIntent(PRESENTER, (intent) => {
    if (isMove(intent)) update((o) => scrollTo(intent.type, Math.min(o, Math.max(0, lines.length - page)), lines.length, page));
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
