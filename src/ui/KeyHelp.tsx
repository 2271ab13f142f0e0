import { Text, useStdout } from 'ink';
import { keyHelpLines } from './keyHelpText.js';
import { useTheme } from './theme.js';

/** `columns`: the width inside the screen's padding; by default the terminal's width less the theme's padding. */
export function KeyHelp({ text, columns }: { text: string; columns?: number }) {
  const { styles, paddingX } = useTheme();
  const width = columns ?? (useStdout().stdout.columns || 80) - 2 * paddingX;
  return <Text {...styles.hint}>{keyHelpLines(text, width).join('\n')}</Text>;
}
