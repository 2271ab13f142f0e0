import { Box, Text } from 'ink';
import TextInput from 'ink-text-input';
import { useState } from 'react';
import type { TextQuestion } from '../core/bank/schema.js';
import { useTheme } from './theme.js';
import { useIntent } from './useIntent.js';
import type { ViewProps } from './ViewProps.js';

/**
 * A typed answer on ink-text-input: Enter submits (an optional question accepts empty), ← on an empty
 * field goes back. Length and "required" are the reducer's rules; its message shows under the field.
 */
export function TextAnswer({ question, value, onAnswer, onBack }: ViewProps<TextQuestion>) {
  const [text, setText] = useState(typeof value === 'string' ? value : '');
  const placeholder = question.placeholder ?? (question.optional ? 'optional: press enter to skip' : '');

  // ink-text-input does the typing and Enter; only back is ours.
  useIntent({ field: 'text', empty: text === '' }, (intent) => {
    if (intent.type === 'back') onBack();
  });

  return (
    <Box aria-role="textbox">
      <Text aria-hidden {...useTheme().styles.hint}>{'› '}</Text>
      {/* Whitespace alone counts as empty: skipped if optional, refused (with a reason) if not. */}
      <TextInput value={text} placeholder={placeholder} onChange={setText} onSubmit={(typed) => onAnswer(typed.trim() === '' ? '' : typed)} />
    </Box>
  );
}
