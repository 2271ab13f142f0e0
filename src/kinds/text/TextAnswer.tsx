import { Box, Text } from 'ink';
import type { TextQuestion } from './schema.js';
import { editText, type TextEdit } from '../../ui/editText.js';
import { useTheme } from '../../ui/theme.js';
import { useIntent } from '../../ui/useIntent.js';
import { useSyncedState } from '../../ui/useSyncedState.js';
import type { ViewProps } from '../../ui/ViewProps.js';

/**
 * A typed answer: Enter submits (an optional question accepts empty), ← and → move the cursor, ← on an
 * empty field goes back. Length and "required" are the reducer's rules; its message shows under the field.
 * The text is synced state, so text and Enter arriving together submit the text.
 */
export function TextAnswer({ question, value, onAnswer, onBack, onActivity }: ViewProps<TextQuestion>) {
  const { styles } = useTheme();
  const [edit, update] = useSyncedState<TextEdit>(() => {
    const text = typeof value === 'string' ? value : '';
    return { text, caret: [...text].length };
  });
  const placeholder = question.placeholder ?? (question.optional ? 'optional: press enter to skip' : '');

  useIntent({ field: 'text', empty: edit.text === '' }, (intent) => {
    if (intent.type !== 'confirm') onActivity?.();
    switch (intent.type) {
      case 'confirm': {
        const { text } = update((e) => e);
        // Whitespace alone counts as empty: skipped if optional, refused (with a reason) if not.
        onAnswer(text.trim() === '' ? '' : text);
        return;
      }
      case 'back':
        onBack();
        return;
      default:
        update((e) => editText(e, intent));
    }
  });

  const chars = [...edit.text];
  const atCaret = chars[edit.caret] ?? ' ';
  return (
    <Box aria-role="textbox">
      <Text aria-hidden {...styles.hint}>{'› '}</Text>
      {edit.text === '' ? (
        // A screen reader hears the placeholder as an example, not as text already typed.
        <Text aria-label={question.placeholder ? `empty; for example: ${question.placeholder.replace(/^e\.g\.\s*/, '')}` : `empty${question.optional ? '; press enter to skip' : ''}`}>
          <Text inverse>{placeholder[0] ?? ' '}</Text>
          <Text {...styles.hint}>{placeholder.slice(1)}</Text>
        </Text>
      ) : (
        <Text>
          {chars.slice(0, edit.caret).join('')}
          <Text inverse>{atCaret}</Text>
          {chars.slice(edit.caret + 1).join('')}
        </Text>
      )}
    </Box>
  );
}
