import { Box, Text } from 'ink';
import type { Answers, AnswerValue, QuestionInBank } from '../../core/bank/schema.js';
import { describeAnswer } from '../../core/bank/describeAnswer.js';
import { coreOf } from '../../kinds/coreKinds.js';
import { viewOf } from '../../kinds/viewKinds.js';
import { ChoiceList, type ChoiceRow } from '../ChoiceList.js';
import { countLines } from '../countLines.js';
import { KeyHelp } from '../KeyHelp.js';
import { keyHelpHeight } from '../keyHelpText.js';
import { QuestionHeader } from '../QuestionHeader.js';
import { symbols, useTheme } from '../theme.js';

export interface PresenterQuestionProps {
  question: QuestionInBank;
  answers: Answers;
  /** The answer shown as the persona's (never undefined here: without one the question is interactive). */
  value: AnswerValue;
  /** "← Dana's answer". */
  note: string;
  index: number;
  total: number;
  /** The key help line. */
  help: string;
  /** Lines the whole screen may take. */
  height: number;
  columns: number;
}

/** The rows of a choice question with the given answer marked: pointer, [x] and the note on each chosen row. */
export function presenterRows(question: QuestionInBank, answers: Answers, value: AnswerValue, note: string): ChoiceRow[] {
  const presenter = viewOf(question).presenter;
  if (!presenter) return [];
  const chosen = Array.isArray(value) ? value : [value];
  return coreOf(question).offered(question, answers).map((o) => {
    const checked = chosen.includes(o.value);
    return {
      key: o.value || '(skip)',
      label: o.label,
      hint: o.hint,
      checked,
      highlight: checked,
      ...(checked ? { note } : {}),
      ...(presenter.role === 'checkbox' ? { mark: checked ? symbols.checked : symbols.unchecked } : {}),
    };
  });
}

/**
 * A question as the presenter shows it: read-only, with the persona's answer marked (a single choice's row
 * with ❯ and "← Dana's answer", a multi choice's ticked boxes, a text answer's words). The keys are the demo's.
 */
export function PresenterQuestion({ question, answers, value, note, index, total, help, height, columns }: PresenterQuestionProps) {
  const { styles } = useTheme();
  const chrome = 1 + countLines(question.prompt, columns) + (question.help ? countLines(question.help, columns) : 0) + keyHelpHeight(help, columns);
  const listHeight = Math.max(2, height - chrome);
  const rows = presenterRows(question, answers, value, note);
  const first = Math.max(0, rows.findIndex((r) => r.checked));
  const presenter = viewOf(question).presenter;
  // A field's answer as words: typed text as typed, a number with its unit.
  const text = typeof value === 'string' && value.trim() !== '' ? describeAnswer(question, value) : '(left empty)';

  return (
    <Box flexDirection="column">
      <QuestionHeader index={index} total={total} section={question.section} editing={false} />
      <Text {...styles.prompt}>{question.prompt}</Text>
      {question.help && <Text {...styles.hint}>{question.help}</Text>}
      {!presenter ? (
        <Box aria-role="textbox" aria-state={{ readonly: true }}>
          <Text wrap="truncate-end" aria-label={`${text}, ${note.replace(/^\P{L}+/u, '')}`}>
            <Text {...styles.active}>
              {symbols.pointer} {text}
            </Text>
            <Text {...styles.active}> {note}</Text>
          </Text>
        </Box>
      ) : (
        <ChoiceList
          rows={rows}
          cursor={first}
          height={listHeight}
          numbered={false}
          role={presenter.role}
          showCursor={false}
        />
      )}
      <KeyHelp text={help} columns={columns} />
    </Box>
  );
}
