import { Box, Text } from 'ink';
import { listWindow } from './listWindow.js';
import { symbols, theme } from './theme.js';

export interface ChoiceRow {
  key: string;
  label: string;
  hint?: string;
  /** Shown before the label, e.g. "[x]" in a multi choice. */
  mark?: string;
}

export interface ChoiceListProps {
  rows: readonly ChoiceRow[];
  cursor: number;
  /** Lines the list may take, markers included. */
  height: number;
  /** Prefix rows with 1–9 (only when every row is numbered and visible). */
  numbered: boolean;
}

/**
 * A windowed list with a ❯ on the highlighted row and "↑/↓ N more" markers when it does not fit.
 * Rows are truncated to one line each, so the list never takes more than `height` lines.
 */
export function ChoiceList({ rows, cursor, height, numbered }: ChoiceListProps) {
  const { start, end, hiddenAbove, hiddenBelow } = listWindow(rows.length, cursor, height);
  return (
    <Box flexDirection="column">
      {hiddenAbove > 0 && <Text {...theme.hint}>{`${symbols.moreAbove} ${hiddenAbove} more`}</Text>}
      {rows.slice(start, end).map((row, offset) => {
        const index = start + offset;
        const active = index === cursor;
        const number = numbered ? `${index + 1}. ` : '';
        const mark = row.mark ? `${row.mark} ` : '';
        return (
          <Text key={row.key} wrap="truncate-end">
            <Text {...(active ? theme.active : {})}>
              {active ? symbols.pointer : ' '} {mark}
              {number}
              {row.label}
            </Text>
            {row.hint && <Text {...theme.hint}> — {row.hint}</Text>}
          </Text>
        );
      })}
      {hiddenBelow > 0 && <Text {...theme.hint}>{`${symbols.moreBelow} ${hiddenBelow} more`}</Text>}
    </Box>
  );
}
