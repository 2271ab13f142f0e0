import { Box, Text } from 'ink';
import { toggleOption } from '../../core/flow/toggleOption.js';
import { EXCLUSIVE_MARK, exclusiveNote } from '../../messages/exclusive.js';
import { multiCore } from './core.js';
import type { MultiQuestion } from './schema.js';
import { ChoiceList } from '../../ui/ChoiceList.js';
import { LIST } from '../../ui/keyMap.js';
import { rowsThatFit } from '../../ui/listWindow.js';
import { symbols, useTheme } from '../../ui/theme.js';
import { useIntent } from '../../ui/useIntent.js';
import { useListCursor } from '../../ui/useListCursor.js';
import { useSyncedState } from '../../ui/useSyncedState.js';
import { isNumbered, type ViewProps } from '../../ui/ViewProps.js';
import { wrapLines } from '../../core/text/wrapLines.js';

interface Selection {
  chosen: readonly string[];
  /** What the last tick unticked besides itself ("None of these yet" is an answer on its own), in words. */
  note: string | null;
}

/**
 * Any number of answers: ↑↓, a number or a letter move the highlight, Space ticks or unticks it, Enter confirms.
 * An option that is an answer on its own ("None of these yet") says so, and ticking it (or another) unticks the
 * other side with a line saying what was unticked, through the same toggleOption the reducer's rule expects. "At least one" is the
 * reducer's rule (checkAnswer); its message is shown by the question screen, and the selection stays.
 */
export function MultiChoice({ question, answers, value, height, columns, onAnswer, onBack, onActivity }: ViewProps<MultiQuestion>) {
  const options = multiCore.offered(question, answers);
  const slots = rowsThatFit(height, useTheme().rowGap);
  const numbered = isNumbered(options.length);
  const list = useListCursor({ count: options.length, page: slots - 2, labels: options.map((o) => o.label), start: () => 0 });
  const [selection, update] = useSyncedState<Selection>(() => {
    const start = Array.isArray(value) ? value : (question.default ?? []);
    return { chosen: start.filter((v) => options.some((o) => o.value === v)), note: null };
  });

  useIntent(LIST, (intent) => {
    if (intent.type !== 'confirm') onActivity?.();
    const before = list.current();
    if (list.navigate(intent)) {
      // The note was about the row that was ticked; moving away from it ends it.
      const jumped = intent.type === 'digit' || intent.type === 'letter';
      if (!jumped || list.current() !== before) update((s) => ({ ...s, note: null }));
      return;
    }
    switch (intent.type) {
      case 'toggle':
        update((s) => {
          const option = options[list.current()];
          if (!option) return s;
          const toggled = toggleOption(question, s.chosen, option.value);
          return { ...s, chosen: toggled.chosen, note: exclusiveNote(question, option.value, toggled) };
        });
        return;
      case 'confirm': {
        const { chosen } = update((s) => s);
        // In option order, so saved answers read the same however they were clicked.
        onAnswer(options.filter((o) => chosen.includes(o.value)).map((o) => o.value));
        return;
      }
      case 'back':
        onBack();
        return;
      default:
        // quit and cancel are the App's; typing means nothing in a list.
        return;
    }
  });

  const rows = options.map((o) => {
    const checked = selection.chosen.includes(o.value);
    const label = o.exclusive ? `${o.label} (${EXCLUSIVE_MARK})` : o.label;
    return { key: o.value, label, hint: o.hint, checked, mark: checked ? symbols.checked : symbols.unchecked };
  });
  const note = selection.note ? wrapLines(selection.note, columns ?? 80) : [];
  return (
    <Box flexDirection="column">
      <ChoiceList rows={rows} cursor={list.cursor} height={Math.max(2, height - note.length)} numbered={numbered} role="checkbox" columns={columns} />
      {note.length > 0 && <Text>{note.join('\n')}</Text>}
    </Box>
  );
}
