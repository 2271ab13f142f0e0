import { singleCore } from './core.js';
import type { SingleQuestion } from './schema.js';
import { ChoiceList } from '../../ui/ChoiceList.js';
import { LIST } from '../../ui/keyMap.js';
import { rowsThatFit } from '../../ui/listWindow.js';
import { useTheme } from '../../ui/theme.js';
import { useIntent } from '../../ui/useIntent.js';
import { useListCursor } from '../../ui/useListCursor.js';
import { isNumbered, type ViewProps } from '../../ui/ViewProps.js';

/**
 * One answer from a short list: ↑↓, a number or a letter move the highlight, Enter chooses the highlighted option.
 * A number never chooses by itself: the Enter a person presses out of habit after it would otherwise answer the
 * next question. The current answer, else the question's default, starts highlighted. The cursor is synced
 * state, so ↓ and Enter arriving together choose the option ↓ moved to.
 */
export function SingleChoice({ question, answers, value, height, columns, onAnswer, onBack, onActivity }: ViewProps<SingleQuestion>) {
  const options = singleCore.offered(question, answers);
  const slots = rowsThatFit(height, useTheme().rowGap);
  const numbered = isNumbered(options.length);
  const answer = typeof value === 'string' ? value : undefined;
  const list = useListCursor({
    count: options.length,
    page: slots - 2,
    labels: options.map((o) => o.label),
    start: () => Math.max(0, options.findIndex((o) => o.value === (answer ?? question.default))),
  });

  useIntent(LIST, (intent) => {
    if (intent.type !== 'confirm') onActivity?.();
    if (list.navigate(intent)) return;
    switch (intent.type) {
      case 'confirm': {
        const option = options[list.current()];
        if (option) onAnswer(option.value);
        return;
      }
      case 'back':
        onBack();
        return;
      default:
        // quit and cancel are the App's; toggling and typing mean nothing here.
        return;
    }
  });

  const rows = options.map((o) => ({ key: o.value || '(skip)', label: o.label, hint: o.hint, checked: o.value === answer }));
  return <ChoiceList rows={rows} cursor={list.cursor} height={height} numbered={numbered} role="radio" columns={columns} />;
}
