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
  /** Prefix rows with their numbers. */
  numbered: boolean;
  role: ChoiceRole;
  /** false: no row is highlighted by the cursor (a read-only list); `cursor` only picks the window. */
  showCursor?: boolean;
  /** Columns the rows wrap in; by default the terminal's width less the theme's padding. */
  columns?: number;
}

/** What a screen reader hears for a row: "Hospital, 1 of 5, Dana's answer" (states come from aria-state). */
export function rowLabel(row: Pick<ChoiceRow, 'label' | 'hint' | 'note'>, index: number, count: number): string {
  const hint = row.hint ? `, ${row.hint}` : '';
  const note = row.note ? `, ${row.note.replace(/^\P{L}+/u, '')}` : '';
  return `${row.label}${hint}, ${index + 1} of ${count}${note}`;
}

/** A row as lines: the label (with its note) wrapped after the pointer, mark and number; the hint under it when shown. */
function rowLines(row: ChoiceRow, prefix: string, columns: number, withHint: boolean): { label: string[]; hint: string[] } {
  const width = Math.max(8, columns - prefix.length);
  const label = wrapLines(`${row.label}${row.note ? ` ${row.note}` : ''}`, width);
  const hint = withHint && row.hint ? wrapLines(row.hint, width) : [];
  return { label, hint };
}

/**
 * A windowed list with a ❯ on the highlighted row and "↑/↓ N more" markers when it does not fit.
 * Labels wrap, never cut; the highlighted row's hint is shown in full under it (as Inquirer shows a choice's
 * description), so every hint can be read by moving to it. The window counts the lines each row takes, so the
 * list never takes more than `height` lines. With a screen reader, rows carry their role and state.
 */
export function ChoiceList({ rows, cursor, height, numbered, role, showCursor = true, columns }: ChoiceListProps) {
  const { styles, rowGap, paddingX } = useTheme();
  // A screen reader hears the highlighted row alone: the question was told once, and each key changes one line.
  const spoken = useIsScreenReaderEnabled();
  const width = columns ?? (useStdout().stdout.columns || 80) - 2 * paddingX;
  const numberWidth = numbered ? `${rows.length}. `.length : 0;
  const prefixOf = (row: ChoiceRow, index: number) => `  ${row.mark ? `${row.mark} ` : ''}${numbered ? `${index + 1}. `.padStart(numberWidth) : ''}`;
  const isActive = (row: ChoiceRow, index: number) => (showCursor && index === cursor) || row.highlight === true;
  // Only a row taller than a tiny terminal's list is cut (hint first, then label), leaving room for the markers.
  const tallest = Math.max(1, height - (rows.length > 1 ? 2 * (1 + rowGap) : 0));
  const laid = rows.map((row, index) => {
    const lines = rowLines(row, prefixOf(row, index), width, isActive(row, index));
    const label = lines.label.length <= tallest ? lines.label : [...lines.label.slice(0, tallest - 1), `${lines.label[tallest - 1] ?? ''}${symbols.ellipsis}`];
    const room = Math.max(0, tallest - label.length);
    return { label, hint: lines.hint.length <= room ? lines.hint : [...lines.hint.slice(0, Math.max(0, room - 1)), ...(room > 0 ? [`${lines.hint[room - 1] ?? ''}${symbols.ellipsis}`] : [])] };
  });
  const heights = laid.map((l) => l.label.length + l.hint.length);
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
        // "selected" is where the ❯ is: the cursor, or in a read-only list the highlighted answer.
        const selected = showCursor ? index === cursor : row.highlight === true;
        const prefix = prefixOf(row, index);
        const indent = ' '.repeat(prefix.length);
        const { label, hint } = laid[index] ?? { label: [], hint: [] };
        const lead = `${active ? symbols.pointer : ' '}${prefix.slice(1)}`;
        return (
          <Box key={row.key} flexDirection="column" aria-role={role} aria-state={{ checked: role === 'menuitem' ? undefined : row.checked === true, selected }}>
            {/* One Text per line, cut rather than wrapped by Ink: for the frame drawn between a resize and the
                new width reaching us, a re-wrapped line would make the frame taller than the terminal. */}
            {label.map((line, i) => (
              <Text key={`l${i}`} wrap="truncate-end" {...(i === 0 ? { 'aria-label': rowLabel(row, index, rows.length) } : { 'aria-hidden': true })} {...(active ? styles.active : {})}>
                {`${i === 0 ? lead : indent}${line}`}
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
