import { Box, Text, useStdout } from 'ink';
import SelectInput from 'ink-select-input';
import { useMemo } from 'react';
import { visibleOptions } from '../core/bank/evaluate.js';
import type { SingleQuestion } from '../core/bank/schema.js';
import { LIST } from './keyMap.js';
import { symbols, theme } from './theme.js';
import { useIntent } from './useIntent.js';
import { isNumbered, SKIP, type OptionRow, type ViewProps } from './ViewProps.js';

/** What an ink-select-input item carries: the option value and its hint, for the row component. */
interface Choice {
  id: string;
  hint?: string;
}

/** One row: ink-select-input passes the whole item, so the hint travels in `value`. */
function ChoiceItem({ label, isSelected, value }: { label: string; isSelected?: boolean; value?: Choice }) {
  // A fixed width keeps Yoga from shrinking ink-select-input's pointer column when a row is truncated.
  const { stdout } = useStdout();
  return (
    <Box width={Math.max(10, (stdout.columns || 80) - 3)}>
      <Text wrap="truncate-end">
        <Text {...(isSelected ? theme.active : {})}>{label}</Text>
        {value?.hint && <Text {...theme.hint}> — {value.hint}</Text>}
      </Text>
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
  const options = useMemo((): OptionRow[] => {
    const shown = visibleOptions(question, answers);
    return question.optional ? [...shown, SKIP] : shown;
  }, [question, answers]);
  const fits = options.length <= height;
  const numbered = isNumbered(options.length, height);
  const items = useMemo(
    () =>
      options.map((o, i) => ({
        key: o.value || '(skip)',
        label: numbered ? `${i + 1}. ${o.label}` : o.label,
        value: { id: o.value, hint: o.hint } satisfies Choice,
      })),
    [options, numbered],
  );
  const current = typeof value === 'string' ? value : question.default;
  const initialIndex = Math.max(0, options.findIndex((o) => o.value === current));

  // ink-select-input handles ↑↓, Enter and digits; back is ours.
  useIntent(LIST, (intent) => {
    if (intent.type === 'back') onBack();
  });

  return (
    <Box flexDirection="column">
      <SelectInput
        items={items}
        initialIndex={initialIndex}
        limit={fits ? undefined : Math.max(1, height - 1)}
        itemComponent={ChoiceItem}
        onSelect={(item) => onAnswer(item.value.id)}
      />
      {!fits && (
        <Text {...theme.hint}>
          {symbols.moreAbove}
          {symbols.moreBelow} {options.length} options in all; the list scrolls
        </Text>
      )}
    </Box>
  );
}
