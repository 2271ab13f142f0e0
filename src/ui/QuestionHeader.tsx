import { Text } from 'ink';
import { symbols, useTheme } from './theme.js';

export interface QuestionHeaderProps {
  index: number;
  total: number;
  section: string;
  editing: boolean;
}

/** "Question N of M · section": where you are, on one line (truncated, so the height budget holds). */
export function QuestionHeader({ index, total, section, editing }: QuestionHeaderProps) {
  const suffix = editing ? ` ${symbols.separator} changing an answer` : '';
  return (
    <Text {...useTheme().styles.header} wrap="truncate-end">
      Question {index} of {total} {symbols.separator} {section}
      {suffix}
    </Text>
  );
}
