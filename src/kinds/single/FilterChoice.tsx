import { Box, Text } from 'ink';
import { singleCore } from './core.js';
import type { SingleQuestion } from './schema.js';
import { ChoiceList } from '../../ui/ChoiceList.js';
import { matchOptions } from '../../ui/matchOptions.js';
import { isMove, moveCursor } from '../../ui/moveCursor.js';
import { rowsThatFit } from '../../ui/listWindow.js';
import { useTheme } from '../../ui/theme.js';
import { useIntent } from '../../ui/useIntent.js';
import { useSyncedState } from '../../ui/useSyncedState.js';
import type { ViewProps } from '../../ui/ViewProps.js';

interface Filter {
  query: string;
  cursor: number;
}

/**
 * One answer from a long list (`filter: true`, e.g. states): typing narrows the list, ↑↓ move, Enter picks.
 * Letters and digits are text here, so `b` is not back; ← is back when the filter is empty.
 */
export function FilterChoice({ question, answers, value, height, columns, onAnswer, onBack, onActivity }: ViewProps<SingleQuestion>) {
  const options = singleCore.offered(question, answers);
  const [filter, update] = useSyncedState<Filter>(() => {
    const current = typeof value === 'string' ? value : question.default;
    return { query: '', cursor: Math.max(0, options.findIndex((o) => o.value === current)) };
  });
  const { styles, rowGap } = useTheme();
  const matches = matchOptions(options, filter.query);
  const listHeight = Math.max(1, height - 1);
  const current = typeof value === 'string' ? value : undefined;

  useIntent({ field: 'text', empty: filter.query === '' }, (intent) => {
    if (intent.type !== 'confirm') onActivity?.();
    if (isMove(intent)) {
      update((f) => ({ ...f, cursor: moveCursor(intent.type, f.cursor, matchOptions(options, f.query).length, rowsThatFit(listHeight, rowGap) - 2) }));
      return;
    }
    switch (intent.type) {
      case 'type':
        // A new filter starts at its best (first) match.
        update((f) => ({ query: f.query + intent.text, cursor: 0 }));
        return;
      case 'erase':
        update((f) => ({ query: f.query.slice(0, -1), cursor: 0 }));
        return;
      case 'confirm': {
        const f = update((s) => s);
        const chosen = matchOptions(options, f.query)[f.cursor];
        if (chosen) onAnswer(chosen.value);
        return;
      }
      case 'back':
        onBack();
        return;
      default:
        return;
    }
  });

  const rows = matches.map((o) => ({ key: o.value || '(skip)', label: o.label, hint: o.hint, checked: o.value === current }));
  return (
    <Box flexDirection="column">
      <Text wrap="truncate-end">
        Filter: {filter.query}
        <Text inverse> </Text>
        {filter.query === '' && <Text {...styles.hint}> type part of a name</Text>}
      </Text>
      {matches.length === 0 ? (
        <Text {...styles.hint}>No match for “{filter.query}”. Backspace to widen the search.</Text>
      ) : (
        <ChoiceList rows={rows} cursor={filter.cursor} height={listHeight} numbered={false} role="radio" columns={columns} />
      )}
    </Box>
  );
}
