import { Box, Text } from 'ink';
import { editText, type TextEdit } from '../../ui/editText.js';
import { useTheme } from '../../ui/theme.js';
import { useIntent } from '../../ui/useIntent.js';
import { useSyncedState } from '../../ui/useSyncedState.js';
import type { ViewProps } from '../../ui/ViewProps.js';
import type { NumberQuestion } from './schema.js';

/**
 * A whole number: digits type (anything else is ignored, since it could not be part of the answer), Backspace erases,
 * ← and → move the cursor, ← on an empty field goes back, Enter submits. The range and its words are the reducer's
 * (numberCore.check); its message shows under the field. Synced state, so digits and Enter arriving together submit
 * the digits.
 */
export function NumberAnswer({ question, value, onAnswer, onBack, onActivity }: ViewProps<NumberQuestion>) {
  const { styles } = useTheme();
  const [edit, update] = useSyncedState<TextEdit>(() => {
    const text = typeof value === 'string' ? value : '';
    return { text, caret: text.length };
  });
  const placeholder = question.placeholder ?? (question.optional ? 'optional: press enter to skip' : `${question.min} to ${question.max}`);

  useIntent({ field: 'text', empty: edit.text === '' }, (intent) => {
    if (intent.type !== 'confirm') onActivity?.();
    switch (intent.type) {
      case 'confirm':
        onAnswer(update((e) => e).text);
        return;
      case 'back':
        onBack();
        return;
      case 'type': {
        const digits = intent.text.replace(/\D/g, '');
        if (digits !== '') update((e) => editText(e, { type: 'type', text: digits }));
        return;
      }
      default:
        update((e) => editText(e, intent));
    }
  });

  const atCaret = edit.text[edit.caret] ?? ' ';
  return (
    <Box aria-role="textbox">
      <Text aria-hidden {...styles.hint}>{'› '}</Text>
      {edit.text === '' ? (
        <Text aria-label={`empty; a number from ${question.min} to ${question.max} ${question.unit}${question.optional ? '; press enter to skip' : ''}`}>
          <Text inverse>{placeholder[0] ?? ' '}</Text>
          <Text {...styles.hint}>{placeholder.slice(1)}</Text>
        </Text>
      ) : (
        <Text>
          {edit.text.slice(0, edit.caret)}
          <Text inverse>{atCaret}</Text>
          {edit.text.slice(edit.caret + 1)}
        </Text>
      )}
      <Text {...styles.hint}> {question.unit}</Text>
    </Box>
  );
}
