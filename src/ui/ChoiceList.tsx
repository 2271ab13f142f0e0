import { Box, Text, useIsScreenReaderEnabled, useStdout } from 'ink';
import { spokenRow } from './spokenScreen.js';
import { windowByHeights } from './listWindow.js';
import { symbols, useTheme } from './theme.js';
import { wrapLines } from '../core/text/wrapLines.js';

export interface ChoiceRow {
  key: string;
  label: string;
  hint?: string;
  /** Shown before the label, e.g. "[x]" in a multi choice. */
  mark?: string;
  /** Drawn with the pointer and the active style wherever the cursor is, e.g. a demo persona's answer. */
  highlight?: boolean;
  /**
   * Whose choice the row is, e.g. "← Dana's answer": on a line of its own under the label, before the hint, wrapped
   * and never cut (after the label it was cut to "← Dana…" and read as part of the hint). Screen readers hear it
   * without the arrow.
   */
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
  /** Prefix rows with their numbers. */
  numbered: boolean;
  role: ChoiceRole;
  /** false: no row is highlighted by the cursor (a read-only list); `cursor` only picks the window. */
  showCursor?: boolean;
  /** Columns the rows wrap in; by default the terminal's width less the theme's padding. */
  columns?: number;
  /**
   * Fill the height (the demo's large theme): blank lines between rows up to this many while every row still fits,
   * and none at all when they do not, so a projector shows more options rather than a half-empty screen.
   */
  maxGap?: number;
}

/** What a screen reader hears for a row: "Hospital, 1 of 5, Dana's answer" (states come from aria-state). */
export function rowLabel(row: Pick<ChoiceRow, 'label' | 'hint' | 'note'>, index: number, count: number): string {
  const hint = row.hint ? `, ${row.hint}` : '';
  const note = row.note ? `, ${row.note.replace(/^\P{L}+/u, '')}` : '';
  return `${row.label}${hint}, ${index + 1} of ${count}${note}`;
}

/** A row as lines: the label (with its note) wrapped after the pointer, mark and number; the hint under it when shown. */
function rowLines(row: ChoiceRow, prefix: string, columns: number, withHint: boolean): { label: string[]; note: string[]; hint: string[] } {
  const width = Math.max(8, columns - prefix.length);
  const label = wrapLines(row.label, width);
  const note = row.note ? wrapLines(row.note, width) : [];
  const hint = withHint && row.hint ? wrapLines(row.hint, width) : [];
  return { label, note, hint };
}

/** The largest gap up to `maxGap` at which rows of these heights all fit in `height` lines; 0 when none does. */
export function fillingGap(heights: readonly number[], height: number, maxGap: number): number {
  const total = heights.reduce((sum, h) => sum + h, 0);
  for (let gap = maxGap; gap > 0; gap -= 1) if (total + gap * Math.max(0, heights.length - 1) <= height) return gap;
  return 0;
}

/**
 * A windowed list with a ❯ on the highlighted row and "↑/↓ N more" markers when it does not fit.
 * Labels wrap, never cut; the highlighted row's hint is shown in full under it (as Inquirer shows a choice's
 * description), so every hint can be read by moving to it. The window counts the lines each row takes, so the
 * list never takes more than `height` lines. With a screen reader, rows carry their role and state.
 */
export function ChoiceList({ rows, cursor, height, numbered, role, showCursor = true, columns, maxGap }: ChoiceListProps) {
  const { styles, rowGap: themeGap, paddingX } = useTheme();
  // A screen reader hears the highlighted row alone: the question was told once, and each key changes one line.
  const spoken = useIsScreenReaderEnabled();
  const width = columns ?? (useStdout().stdout.columns || 80) - 2 * paddingX;
  const numberWidth = numbered ? `${rows.length}. `.length : 0;
  const prefixOf = (row: ChoiceRow, index: number) => `  ${row.mark ? `${row.mark} ` : ''}${numbered ? `${index + 1}. `.padStart(numberWidth) : ''}`;
  const isActive = (row: ChoiceRow, index: number) => (showCursor && index === cursor) || row.highlight === true;
  // One ❯ on a screen: in a read-only list it points at the first highlighted row only (a tick-box answer with two
  // ticks showed two pointers, as if two rows were under the cursor).
  const pointed = showCursor ? cursor : rows.findIndex((row) => row.highlight === true);
  const fill = maxGap !== undefined;
  // Only a row taller than a tiny terminal's list is cut (hint first, then label), leaving room for the markers.
  // Whose answer it is (the note) is never cut: it is the point of the demo's screen.
  const tallest = Math.max(1, height - (rows.length > 1 ? 2 * (1 + (fill ? 0 : themeGap)) : 0));
  const laid = rows.map((row, index) => {
    const lines = rowLines(row, prefixOf(row, index), width, isActive(row, index));
    const labelRoom = Math.max(1, tallest - lines.note.length);
    const label = lines.label.length <= labelRoom ? lines.label : [...lines.label.slice(0, labelRoom - 1), `${lines.label[labelRoom - 1] ?? ''}${symbols.ellipsis}`];
    const room = Math.max(0, tallest - label.length - lines.note.length);
    const hint = lines.hint.length <= room ? lines.hint : [...lines.hint.slice(0, Math.max(0, room - 1)), ...(room > 0 ? [`${lines.hint[room - 1] ?? ''}${symbols.ellipsis}`] : [])];
    return { label, note: lines.note, hint };
  });
  const heights = laid.map((l) => l.label.length + l.note.length + l.hint.length);
  const rowGap = fill ? fillingGap(heights, height, maxGap) : themeGap;
  const { start, end, hiddenAbove, hiddenBelow } = windowByHeights(heights, cursor, height, rowGap);
  if (spoken) {
    // A read-only list (the demo) is read whole, so a blind student hears every option the class sees.
    if (!showCursor) return <Text>{rows.map((row, i) => spokenRow(row, i, rows.length, role)).join('\n')}</Text>;
    const row = rows[cursor];
    return row ? <Text>{spokenRow(row, cursor, rows.length, role)}</Text> : null;
  }
  return (
    <Box flexDirection="column" gap={rowGap} aria-role={CONTAINER[role]}>
      {hiddenAbove > 0 && <Text {...styles.hint}>{`${symbols.moreAbove} ${hiddenAbove} more`}</Text>}
      {rows.slice(start, end).map((row, offset) => {
        const index = start + offset;
        const active = isActive(row, index);
        // "selected" is where the cursor is, or in a read-only list a highlighted answer.
        const selected = showCursor ? index === cursor : row.highlight === true;
        const prefix = prefixOf(row, index);
        const indent = ' '.repeat(prefix.length);
        const { label, note, hint } = laid[index] ?? { label: [], note: [], hint: [] };
        const lead = `${index === pointed ? symbols.pointer : ' '}${prefix.slice(1)}`;
        return (
          <Box key={row.key} flexDirection="column" aria-role={role} aria-state={{ checked: role === 'menuitem' ? undefined : row.checked === true, selected }}>
            {/* One Text per line, cut rather than wrapped by Ink: for the frame drawn between a resize and the
                new width reaching us, a re-wrapped line would make the frame taller than the terminal. */}
            {label.map((line, i) => (
              <Text key={`l${i}`} wrap="truncate-end" {...(i === 0 ? { 'aria-label': rowLabel(row, index, rows.length) } : { 'aria-hidden': true })} {...(active ? styles.active : {})}>
                {`${i === 0 ? lead : indent}${line}`}
              </Text>
            ))}
            {note.map((line, i) => (
              <Text key={`n${i}`} wrap="truncate-end" aria-hidden bold {...(active ? styles.active : {})}>
                {`${indent}${line}`}
              </Text>
            ))}
            {hint.map((line, i) => (
              <Text key={`h${i}`} wrap="truncate-end" aria-hidden {...styles.hint}>
                {`${indent}${line}`}
              </Text>
            ))}
          </Box>
        );
      })}
      {hiddenBelow > 0 && <Text {...styles.hint}>{`${symbols.moreBelow} ${hiddenBelow} more`}</Text>}
    </Box>
  );
}
