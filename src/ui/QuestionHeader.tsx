import { Text } from 'ink';
import { questionHeading } from '../messages/questionHeading.js';
import { symbols, useTheme } from './theme.js';

export interface QuestionHeaderProps {
  index: number;
  total: number;
  section: string;
  editing: boolean;
}

/** "Question N of M · section": where you are, on one line (truncated, so the height budget holds). */
export function QuestionHeader({ index, total, section, editing }: QuestionHeaderProps) {
  return (
    <Text {...useTheme().styles.header} wrap="truncate-end">
      {questionHeading({ index, total, section, editing }, ` ${symbols.separator} `)}
    </Text>
  );
}
