import { Box, Text, useStdout } from 'ink';
import { listWindow, rowsThatFit } from './listWindow.js';
import { symbols, useTheme } from './theme.js';
import { wrapLines } from './wrapLines.js';

export interface ChoiceRow {
  key: string;
  label: string;
  hint?: string;
  /** Shown before the label, e.g. "[x]" in a multi choice. */
  mark?: string;
  /** Drawn with the pointer and the active style wherever the cursor is, e.g. a demo persona's answer. */
  highlight?: boolean;
  /** Shown after the label and never dimmed, e.g. "← Dana's answer"; screen readers hear it without the arrow. */
  note?: string;
  /** For screen readers: this option is chosen (ticked, or the current answer of a single choice). */
  checked?: boolean;
}

/** What the rows are, for screen readers: the list's role follows (radiogroup, list of checkboxes, menu). */
export type ChoiceRole = 'radio' | 'checkbox' | 'menuitem';

const CONTAINER = { radio: 'radiogroup', checkbox: 'list', menuitem: 'menu' } as const;

export interface ChoiceListProps {
  rows: readonly ChoiceRow[];
  /** The highlighted row; also the row the window keeps in view. */
  cursor: number;
  /** Lines the list may take, markers included. */
  height: number;
  /** Prefix rows with 1–9 (only when every row is numbered and visible). */
  numbered: boolean;
  role: ChoiceRole;
  /** false: no row is highlighted by the cursor (a read-only list); `cursor` only picks the window. */
  showCursor?: boolean;
}

/** What a screen reader hears for a row: "Hospital, 1 of 5, Dana's answer" (states come from aria-state). */
export function rowLabel(row: Pick<ChoiceRow, 'label' | 'hint' | 'note'>, index: number, count: number): string {
  const hint = row.hint ? `, ${row.hint}` : '';
  const note = row.note ? `, ${row.note.replace(/^\P{L}+/u, '')}` : '';
  return `${row.label}${hint}, ${index + 1} of ${count}${note}`;
}

/** The highlighted row's full text, wrapped under its own start, when it does not fit on one line. */
function fullRow(row: ChoiceRow, prefix: string, width: number): string[] | null {
  const text = `${prefix}${row.label}${row.note ? ` ${row.note}` : ''}${row.hint ? ` ${symbols.dash} ${row.hint}` : ''}`;
  if (text.length <= width) return null;
  const indent = ' '.repeat(prefix.length);
  return wrapLines(text.slice(prefix.length), Math.max(1, width - prefix.length)).map((line, i) => (i === 0 ? prefix : indent) + line);
}

/**
 * A windowed list with a ❯ on the highlighted row and "↑/↓ N more" markers when it does not fit.
 * Rows are cut to one line each, except the highlighted one, which shows its whole text (so every option
 * can be read in a narrow terminal by moving to it); the window shrinks to make room, so the list never
 * takes more than `height` lines (blank lines between rows in the large theme included). With a screen
 * reader, rows carry their role and state.
 */
export function ChoiceList({ rows, cursor, height, numbered, role, showCursor = true }: ChoiceListProps) {
  const { styles, rowGap, paddingX } = useTheme();
  const width = (useStdout().stdout.columns || 80) - 2 * paddingX;
  const prefixOf = (row: ChoiceRow, index: number) => `${symbols.pointer} ${row.mark ? `${row.mark} ` : ''}${numbered ? `${index + 1}. ` : ''}`;
  const active = showCursor ? rows[cursor] : undefined;
  const expanded = active ? fullRow(active, prefixOf(active, cursor), width) : null;
  // The expanded row must leave a line for another row or a "more" marker; otherwise it stays cut.
  const extra = expanded && expanded.length < height ? expanded.length - 1 : 0;
  const { start, end, hiddenAbove, hiddenBelow } = listWindow(rows.length, cursor, rowsThatFit(height - extra, rowGap));
  return (
    <Box flexDirection="column" gap={rowGap} aria-role={CONTAINER[role]}>
      {hiddenAbove > 0 && <Text {...styles.hint}>{`${symbols.moreAbove} ${hiddenAbove} more`}</Text>}
      {rows.slice(start, end).map((row, offset) => {
        const index = start + offset;
        const active = (showCursor && index === cursor) || row.highlight === true;
        // "selected" is where the ❯ is: the cursor, or in a read-only list the highlighted answer.
        const selected = showCursor ? index === cursor : row.highlight === true;
        const number = numbered ? `${index + 1}. ` : '';
        const mark = row.mark ? `${row.mark} ` : '';
        if (index === cursor && extra > 0 && expanded) {
          return (
            <Box key={row.key} aria-role={role} aria-state={{ checked: role === 'menuitem' ? undefined : row.checked === true, selected }}>
              <Text {...styles.active} aria-label={rowLabel(row, index, rows.length)}>
                {expanded.join('\n')}
              </Text>
            </Box>
          );
        }
        return (
          <Box key={row.key} aria-role={role} aria-state={{ checked: role === 'menuitem' ? undefined : row.checked === true, selected }}>
            <Text wrap="truncate-end" aria-label={rowLabel(row, index, rows.length)}>
              <Text {...(active ? styles.active : {})}>
                {active ? symbols.pointer : ' '} {mark}
                {number}
                {row.label}
              </Text>
              {row.note && <Text {...styles.active}> {row.note}</Text>}
              {row.hint && <Text {...styles.hint}> {symbols.dash} {row.hint}</Text>}
            </Text>
          </Box>
        );
      })}
      {hiddenBelow > 0 && <Text {...styles.hint}>{`${symbols.moreBelow} ${hiddenBelow} more`}</Text>}
    </Box>
  );
}
