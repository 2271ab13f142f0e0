import { Box, Text } from 'ink';
import type { Answers, AnswerValue, QuestionInBank } from '../../core/bank/schema.js';
import { describeAnswer } from '../../core/bank/describeAnswer.js';
import type { Persona } from '../../core/persona/personaSchema.js';
import { coreOf } from '../../kinds/coreKinds.js';
import { viewOf } from '../../kinds/viewKinds.js';
import { demoWords } from '../../messages/demoWords.js';
import { ChoiceList, type ChoiceRow } from '../ChoiceList.js';
import { countLines } from '../countLines.js';
import { KeyHelp } from '../KeyHelp.js';
import { keyHelpHeight } from '../keyHelpText.js';
import { QuestionHeader } from '../QuestionHeader.js';
import { symbols, useTheme } from '../theme.js';
import { choiceOwners, ownerNote } from './presentAnswer.js';
import { surveyBar, surveyFigures } from './surveyFigures.js';
import { SurveyNote, surveyNoteLines } from './SurveyNote.js';

export interface PresenterQuestionProps {
  question: QuestionInBank;
  answers: Answers;
  /** The answer on screen: the persona's, or the class's change (never undefined: without one the question is interactive). */
  value: AnswerValue;
  /** Whose demo it is: their name marks their own answer, which stays marked after the class changes it. */
  persona: Pick<Persona, 'name' | 'answers'>;
  index: number;
  total: number;
  /** The key help line. */
  help: string;
  /** Lines the whole screen may take. */
  height: number;
  columns: number;
  /** `%` was pressed: the ASRT survey's figure beside each option, and who was surveyed. */
  reveal?: boolean;
  /** The survey as the plan cites it (plan.yaml's source title). */
  surveyTitle?: string;
}

/** Columns of the survey bar's track. */
const BAR = 10;

/**
 * The rows of a choice question with who chose what marked: highlighted (inverse, one ❯) where the answer now is,
 * [x] boxes on a tick-box question, and on its own line under each chosen option whose it is ("← Dana's answer",
 * "← class", "← Dana and the class"). With `figures`, each row starts with its survey bar.
 */
export function presenterRows(question: QuestionInBank, answers: Answers, value: AnswerValue, persona: Pick<Persona, 'name' | 'answers'>, figures?: Map<string, number> | null): ChoiceRow[] {
  const presenter = viewOf(question).presenter;
  if (!presenter) return [];
  const owners = choiceOwners(question.id, value, persona);
  const chosen = Array.isArray(value) ? value : [value];
  return coreOf(question).offered(question, answers).map((o) => {
    const checked = chosen.includes(o.value);
    const owner = owners.get(o.value);
    const box = presenter.role === 'checkbox' ? (checked ? symbols.checked : symbols.unchecked) : '';
    const bar = figures ? surveyBar(figures.get(o.value), BAR, demoWords.survey.noFigure, { full: symbols.barFull, empty: symbols.barEmpty }) : '';
    const mark = [box, bar].filter(Boolean).join(' ');
    return {
      key: o.value || '(skip)',
      label: o.label,
      hint: o.hint,
      checked,
      highlight: checked,
      ...(owner ? { note: ownerNote(owner, persona) } : {}),
      ...(mark ? { mark } : {}),
    };
  });
}

/**
 * A question as the presenter shows it: read-only, with who chose what marked (see presenterRows; a text answer's
 * words likewise). The keys are the demo's. In the large theme the screen's height is used: blank lines between
 * options and between the parts of the screen while everything fits, none when it does not (more options shown).
 */
export function PresenterQuestion({ question, answers, value, persona, index, total, help, height, columns, reveal = false, surveyTitle }: PresenterQuestionProps) {
  const { styles, name } = useTheme();
  const large = name === 'large';
  const presenter = viewOf(question).presenter;
  const figures = reveal ? surveyFigures(question) : null;
  const rows = presenterRows(question, answers, value, persona, figures);
  // In a small terminal the survey's note and then the question's help give way, so the options keep three lines
  // and the frame stays shorter than the terminal; the figures themselves are on the rows.
  const fixed = 1 + countLines(question.prompt, columns) + keyHelpHeight(help, columns) + 3;
  const noteLines = reveal ? surveyNoteLines(figures !== null, presenter?.role === 'checkbox', surveyTitle, columns) : [];
  const survey = noteLines.slice(0, Math.max(0, height - fixed));
  const helpLines = question.help ? countLines(question.help, columns) : 0;
  const showHelp = helpLines > 0 && fixed + survey.length + helpLines <= height;
  const chrome = fixed - 3 + (showHelp ? helpLines : 0) + survey.length;
  // A blank line around the list when the options would fit twice over: a projector's screen, not a cramped one.
  const spaced = large && height - chrome - 2 >= 2 * rows.length;
  const listHeight = Math.max(2, height - chrome - (spaced ? 2 : 0));
  const first = Math.max(0, rows.findIndex((r) => r.checked));
  const own = persona.answers[question.id];
  const changed = JSON.stringify(own) !== JSON.stringify(value);
  // A field's answer as words: typed text as typed, a number with its unit.
  const words = (v: AnswerValue | undefined) => (typeof v === 'string' && v.trim() !== '' ? describeAnswer(question, v) : demoWords.emptyAnswer);
  const text = words(value);
  const note = ownerNote(changed ? 'class' : 'persona', persona);

  return (
    <Box flexDirection="column">
      <QuestionHeader index={index} total={total} section={question.section} editing={false} />
      <Text {...styles.prompt}>{question.prompt}</Text>
      {showHelp && <Text {...styles.hint}>{question.help}</Text>}
      {survey.length > 0 && <SurveyNote lines={survey} />}
      {spaced && <Text> </Text>}
      {!presenter ? (
        <Box aria-role="textbox" aria-state={{ readonly: true }} flexDirection="column">
          <Text wrap="truncate-end" aria-label={`${text}, ${note.replace(/^\P{L}+/u, '')}`} {...styles.active}>
            {symbols.pointer} {text}
          </Text>
          <Text bold>{`  ${note}`}</Text>
          {changed && own !== undefined && (
            <Text>{`  ${demoWords.personaAnswer(persona.name, words(own))}`}</Text>
          )}
        </Box>
      ) : (
        <ChoiceList
          rows={rows}
          cursor={first}
          height={listHeight}
          numbered={false}
          role={presenter.role}
          showCursor={false}
          columns={columns}
          {...(large ? { maxGap: 3 } : {})}
        />
      )}
      {spaced && <Text> </Text>}
      <KeyHelp text={help} columns={columns} />
    </Box>
  );
}
