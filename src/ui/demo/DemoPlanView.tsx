import { Box, Text } from 'ink';
import { countLines } from '../countLines.js';
import { KeyHelp } from '../KeyHelp.js';
import { keyHelpHeight } from '../keyHelpText.js';
import { useTheme } from '../theme.js';
import { ScrollView, type ScrollLine } from './ScrollView.js';

export interface DemoPlanViewProps {
  /** "Dana's plan", or the comparison's title. */
  title: string;
  /** The autoplay line, when autoplay is on. */
  status?: string;
  lines: readonly ScrollLine[];
  /** The key help, for when the lines scroll and when they all fit. */
  help: (scrolls: boolean) => string;
  /** Lines the view may take (below the story line) and the columns inside the padding. */
  height: number;
  columns: number;
  /** Where this view was left (kept by the session, so a comparison does not send the plan back to its top). */
  start: number;
  onScroll: (offset: number, atEnd: boolean) => void;
  /** Autoplay's page turns. */
  advance: number;
}

/** The plan or a comparison as a scrolling page: title, autoplay status, the lines, the key help. */
export function DemoPlanView({ title, status, lines, help, height, columns, start, onScroll, advance }: DemoPlanViewProps) {
  const { styles } = useTheme();
  const chrome = countLines(title, columns) + (status ? countLines(status, columns) : 0) + keyHelpHeight(help(true), columns);
  const scrollHeight = Math.max(3, height - chrome);
  return (
    <Box flexDirection="column">
      <Text {...styles.prompt}>{title}</Text>
      {status && <Text bold>{status}</Text>}
      <ScrollView lines={lines} height={scrollHeight} start={start} onScroll={onScroll} advance={advance} />
      <KeyHelp text={help(lines.length > scrollHeight)} columns={columns} />
    </Box>
  );
}
