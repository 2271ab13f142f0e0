import { Box, Text, useStdout } from 'ink';
import SelectInput from 'ink-select-input';
import { useMemo } from 'react';
import { visibleOptions } from '../core/bank/evaluate.js';
import type { SingleQuestion } from '../core/bank/schema.js';
import { rowLabel } from './ChoiceList.js';
import { LIST } from './keyMap.js';
import { symbols, useTheme } from './theme.js';
import { useIntent } from './useIntent.js';
import { isNumbered, SKIP, type OptionRow, type ViewProps } from './ViewProps.js';

/** What an ink-select-input item carries for the row component: the option, and what a screen reader hears. */
interface Choice {
  id: string;
  hint?: string;
  /** The current answer (a radio's "checked"); the highlighted row is ink-select-input's `isSelected`. */
  checked: boolean;
  /** "Hospital, 1 of 5". */
  spoken: string;
}

/** One row: ink-select-input passes the whole item, so the hint travels in `value`. */
function ChoiceItem({ label, isSelected = false, value }: { label: string; isSelected?: boolean; value?: Choice }) {
  // A fixed width keeps Yoga from shrinking ink-select-input's pointer column when a row is truncated.
  const { stdout } = useStdout();
  const { styles, rowGap, paddingX } = useTheme();
  return (
    <Box
      width={Math.max(10, (stdout.columns || 80) - 3 - 2 * paddingX)}
      height={1 + rowGap}
      aria-role="radio"
      aria-state={{ checked: value?.checked === true, selected: isSelected }}
    >
      <Text wrap="truncate-end" aria-label={value?.spoken}>
        <Text {...(isSelected ? styles.active : {})}>{label}</Text>
        {value?.hint && <Text {...styles.hint}> — {value.hint}</Text>}
      </Text>
    </Box>
  );
}

/** The ❯ column; screen readers get the row's state instead. */
function Pointer({ isSelected = false }: { isSelected?: boolean }) {
  const { styles } = useTheme();
  return (
    <Box marginRight={1} aria-hidden>
      <Text {...(isSelected ? styles.active : {})}>{isSelected ? symbols.pointer : ' '}</Text>
    </Box>
  );
}

/**
 * One answer from a short list, on ink-select-input. It reads `initialIndex` only when it mounts, so the
 * caller gives it `key={question.id}`: a fresh list per question, with the current answer (or the default)
 * highlighted. Digits 1–9 choose at once (ink-select-input's own behaviour); numbers are shown only when
 * they match what is on screen.
 */
export function SingleChoice({ question, answers, value, height, onAnswer, onBack }: ViewProps<SingleQuestion>) {
  const { styles, rowGap } = useTheme();
  const options = useMemo((): OptionRow[] => {
    const shown = visibleOptions(question, answers);
    return question.optional ? [...shown, SKIP] : shown;
  }, [question, answers]);
  // Each row takes 1 + rowGap lines (the large theme leaves a blank line under every row).
  const fits = options.length * (1 + rowGap) <= height;
  const numbered = isNumbered(options.length, Math.floor(height / (1 + rowGap)));
  const answer = typeof value === 'string' ? value : undefined;
  const items = useMemo(
    () =>
      options.map((o, i) => ({
        key: o.value || '(skip)',
        label: numbered ? `${i + 1}. ${o.label}` : o.label,
        value: { id: o.value, hint: o.hint, checked: o.value === answer, spoken: rowLabel(o, i, options.length) } satisfies Choice,
      })),
    [options, numbered, answer],
  );
  const current = answer ?? question.default;
  const initialIndex = Math.max(0, options.findIndex((o) => o.value === current));

  // ink-select-input handles ↑↓, Enter and digits; back is ours.
  useIntent(LIST, (intent) => {
    if (intent.type === 'back') onBack();
  });

  return (
    <Box flexDirection="column" aria-role="radiogroup">
      <SelectInput
        items={items}
        initialIndex={initialIndex}
        limit={fits ? undefined : Math.max(1, Math.floor((height - 1) / (1 + rowGap)))}
        indicatorComponent={Pointer}
        itemComponent={ChoiceItem}
        onSelect={(item) => onAnswer(item.value.id)}
      />
      {!fits && (
        <Text {...styles.hint}>
          {symbols.moreAbove}
          {symbols.moreBelow} {options.length} options in all; the list scrolls
        </Text>
      )}
    </Box>
  );
}
