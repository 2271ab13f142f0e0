import { Box, Text } from 'ink';
import { listWindow, rowsThatFit } from './listWindow.js';
import { symbols, useTheme } from './theme.js';

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

/**
 * A windowed list with a ❯ on the highlighted row and "↑/↓ N more" markers when it does not fit.
 * Rows are truncated to one line each, so the list never takes more than `height` lines (blank lines
 * between rows in the large theme included). With a screen reader, rows carry their role and state.
 */
export function ChoiceList({ rows, cursor, height, numbered, role, showCursor = true }: ChoiceListProps) {
  const { styles, rowGap } = useTheme();
  const { start, end, hiddenAbove, hiddenBelow } = listWindow(rows.length, cursor, rowsThatFit(height, rowGap));
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
