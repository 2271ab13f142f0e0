import { visibleOptions } from '../core/bank/evaluate.js';
import type { MultiQuestion } from '../core/bank/schema.js';
import { ChoiceList } from './ChoiceList.js';
import { LIST } from './keyMap.js';
import { isMove, moveCursor } from './moveCursor.js';
import { rowsThatFit } from './listWindow.js';
import { useListJump } from './listJump.js';
import { symbols, useTheme } from './theme.js';
import { useIntent } from './useIntent.js';
import { useSyncedState } from './useSyncedState.js';
import { isNumbered, type ViewProps } from './ViewProps.js';

interface Selection {
  cursor: number;
  chosen: readonly string[];
}

function toggle(chosen: readonly string[], value: string): string[] {
  return chosen.includes(value) ? chosen.filter((v) => v !== value) : [...chosen, value];
}

/**
 * Any number of answers: ↑↓, a number or a letter move the highlight, Space ticks or unticks it, Enter confirms. "At least one" is the
 * reducer's rule (checkAnswer); its message is shown by the question screen, and the selection stays.
 */
export function MultiChoice({ question, answers, value, height, columns, onAnswer, onBack, onActivity }: ViewProps<MultiQuestion>) {
  const options = visibleOptions(question, answers);
  const slots = rowsThatFit(height, useTheme().rowGap);
  const numbered = isNumbered(options.length);
  const jump = useListJump();
  const labels = options.map((o) => o.label);
  const [selection, update] = useSyncedState<Selection>(() => {
    const start = Array.isArray(value) ? value : (question.default ?? []);
    return { cursor: 0, chosen: start.filter((v) => options.some((o) => o.value === v)) };
  });

  useIntent(LIST, (intent) => {
    if (intent.type !== 'confirm') onActivity?.();
    if (isMove(intent)) {
      update((s) => ({ ...s, cursor: moveCursor(intent.type, s.cursor, options.length, slots - 2) }));
      return;
    }
    switch (intent.type) {
      case 'toggle':
        update((s) => {
          const option = options[s.cursor];
          return option ? { ...s, chosen: toggle(s.chosen, option.value) } : s;
        });
        return;
      case 'digit':
      case 'letter': {
        const to = jump(intent, labels, update((s) => s).cursor);
        if (to !== null) update((s) => ({ ...s, cursor: to }));
        return;
      }
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
    return { key: o.value, label: o.label, hint: o.hint, checked, mark: checked ? symbols.checked : symbols.unchecked };
  });
  return <ChoiceList rows={rows} cursor={selection.cursor} height={height} numbered={numbered} role="checkbox" columns={columns} />;
}
