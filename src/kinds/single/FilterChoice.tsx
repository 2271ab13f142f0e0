import { Box, Text } from 'ink';
import { singleCore } from './core.js';
import type { SingleQuestion } from './schema.js';
import { ChoiceList } from '../../ui/ChoiceList.js';
import { matchOptions } from '../../ui/matchOptions.js';
import { rowsThatFit } from '../../ui/listWindow.js';
import { useTheme } from '../../ui/theme.js';
import { useIntent } from '../../ui/useIntent.js';
import { useListCursor } from '../../ui/useListCursor.js';
import { useSyncedState } from '../../ui/useSyncedState.js';
import type { ViewProps } from '../../ui/ViewProps.js';

/**
 * One answer from a long list (`filter: true`, e.g. states): typing narrows the list, ↑↓ move, Enter picks.
 * Letters and digits are text here, so `b` is not back; ← is back when the filter is empty.
 */
export function FilterChoice({ question, answers, value, height, columns, onAnswer, onBack, onActivity }: ViewProps<SingleQuestion>) {
  const options = singleCore.offered(question, answers);
  const [query, update] = useSyncedState(() => '');
  const { styles, rowGap } = useTheme();
  const matches = matchOptions(options, query);
  const listHeight = Math.max(1, height - 1);
  const current = typeof value === 'string' ? value : undefined;
  // Letters and digits are the filter's, so the list moves by arrows only; it counts the matches of the query now,
  // which a letter typed in the same key batch may just have changed.
  const list = useListCursor({
    count: () => matchOptions(options, update((q) => q)).length,
    page: rowsThatFit(listHeight, rowGap) - 2,
    start: () => Math.max(0, options.findIndex((o) => o.value === (current ?? question.default))),
  });

  useIntent({ field: 'text', empty: query === '' }, (intent) => {
    if (intent.type !== 'confirm') onActivity?.();
    if (list.navigate(intent)) return;
    switch (intent.type) {
      case 'type':
        // A new filter starts at its best (first) match.
        update((q) => q + intent.text);
        list.set(0);
        return;
      case 'erase':
        update((q) => q.slice(0, -1));
        list.set(0);
        return;
      case 'confirm': {
        const chosen = matchOptions(options, update((q) => q))[list.current()];
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
        Filter: {query}
        <Text inverse> </Text>
        {query === '' && <Text {...styles.hint}> type part of a name</Text>}
      </Text>
      {matches.length === 0 ? (
        <Text {...styles.hint}>No match for “{query}”. Backspace to widen the search.</Text>
      ) : (
        <ChoiceList rows={rows} cursor={list.cursor} height={listHeight} numbered={false} role="radio" columns={columns} />
      )}
    </Box>
  );
}
