import { Box, Text, useIsScreenReaderEnabled } from 'ink';
import type { Answers, AnswerValue, QuestionInBank } from '../core/bank/schema.js';
import { coreOf } from '../kinds/coreKinds.js';
import { linesOf } from '../kinds/lineKinds.js';
import { viewOf } from '../kinds/viewKinds.js';
import { KeyHelp } from './KeyHelp.js';
import { keyHelpHeight, keyHelpText } from './keyHelpText.js';
import { QuestionHeader } from './QuestionHeader.js';
import { symbols, useTheme } from './theme.js';
import { isNumbered } from './ViewProps.js';
import { wrapLines } from '../core/text/wrapLines.js';

export interface QuestionScreenProps {
  question: QuestionInBank;
  answers: Answers;
  index: number;
  total: number;
  editing: boolean;
  /** Why the last answer was refused, in words (the reducer's code, worded by src/messages). */
  error: string | null;
  /** Lines the whole screen may take. */
  height: number;
  columns: number;
  onAnswer: (value: AnswerValue) => void;
  onBack: () => void;
  /** Key help for Esc, when it does not "save & quit" (the demo). */
  quitHint?: string;
  /** Any key but Enter in the view: the App clears a refusal as soon as the person acts on it. */
  onActivity?: () => void;
}

/**
 * One question: header, prompt, help, the view for its kind, the refusal (if any) and key help.
 * The lines around the view are counted first; the view gets what is left, so the frame fits.
 */
export function QuestionScreen(props: QuestionScreenProps) {
  const { question, answers, index, total, editing, error, height, columns, onAnswer, onBack, onActivity, quitHint } = props;
  const { styles } = useTheme();
  // With a screen reader the header, question, help and keys were announced once (App); only the view is live.
  const spoken = useIsScreenReaderEnabled();
  const view = linesOf(question).keyView(question);
  // The rows the view lists, the Skip row only where the kind has one: the numbers in the key help are theirs.
  const count = coreOf(question).offered(question, answers).length;
  const { Answer } = viewOf(question);
  const errorText = error ? `${symbols.error} ${error}` : null;
  // A question revealed by an edit has no answer yet, so review is not complete: the reducer keeps it on screen.
  const stuck = editing && answers[question.id] === undefined;
  const back = { canGoBack: index > 1 && !stuck, editing: editing && !stuck };
  const numbered = view !== 'filter' && isNumbered(count) ? count : 0;
  const help = keyHelpText(view, { ...back, numbered, optional: question.optional, quit: quitHint });
  const { prompt, helpLines, errorLines, viewHeight } = fitScreen(question, errorText, height, columns, keyHelpHeight(help, columns));
  const common = { answers, value: answers[question.id], height: viewHeight, columns, onAnswer, onBack, onActivity };

  return (
    <Box flexDirection="column">
      {!spoken && <QuestionHeader index={index} total={total} section={question.section} editing={editing} />}
      {!spoken && <Text {...styles.prompt}>{prompt.join('\n')}</Text>}
      {!spoken && helpLines.length > 0 && <Text {...styles.hint}>{helpLines.join('\n')}</Text>}
      {/* key={id}: each question starts fresh, with its saved answer preselected. */}
      <Answer key={question.id} question={question} {...common} />
      {errorLines.length > 0 && <Text {...styles.error}>{errorLines.join('\n')}</Text>}
      {!spoken && <KeyHelp text={help} columns={columns} />}
    </Box>
  );
}

/** Lines the list keeps at least: the highlighted option and a "more" marker either side. */
const MIN_LIST = 3;

/**
 * The lines around the view, made to fit `height` with room for the list: in a small terminal the help line gives way
 * first, then the question is cut to what fits (ending "…"); the refusal and the key help always stay.
 */
function fitScreen(question: QuestionInBank, errorText: string | null, height: number, columns: number, keyLines: number) {
  const errorLines = errorText ? wrapLines(errorText, columns) : [];
  const room = height - 1 - keyLines - errorLines.length - MIN_LIST;
  const full = wrapLines(question.prompt, columns);
  const prompt = full.length <= Math.max(1, room) ? full : [...full.slice(0, Math.max(1, room) - 1), `${full[Math.max(1, room) - 1] ?? ''}${symbols.ellipsis}`];
  const help = question.help ? wrapLines(question.help, columns) : [];
  const helpLines = prompt.length + help.length <= room ? help : [];
  const viewHeight = Math.max(2, height - 1 - prompt.length - helpLines.length - errorLines.length - keyLines);
  return { prompt, helpLines, errorLines, viewHeight };
}
