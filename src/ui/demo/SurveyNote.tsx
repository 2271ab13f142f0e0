import { Text } from 'ink';
import { wrapLines } from '../../core/text/wrapLines.js';
import { demoWords } from '../../messages/demoWords.js';

/**
 * What `%` adds above the options, as wrapped lines (so the screen can count them): which share each bar is, who
 * the ASRT survey asked and which survey it is, or that it has no figure for this question.
 */
export function surveyNoteLines(hasFigures: boolean, multi: boolean, title: string | undefined, columns: number): string[] {
  const words = demoWords.survey;
  // The plan's citation without its own description of who was asked: 'ASRT, “Searching for a Clinical Site?”'.
  const source = title?.replace(/\s*\(.*\)\s*$/, '') ?? '';
  const text = hasFigures ? [multi ? words.multi : words.single, words.population(source)] : [words.none];
  return text.flatMap((line) => wrapLines(`% ${line}`, columns));
}

/** The lines of surveyNoteLines, bold: they are the discussion point. */
export function SurveyNote({ lines }: { lines: readonly string[] }) {
  return <Text bold>{lines.join('\n')}</Text>;
}
