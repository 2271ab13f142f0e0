import { Box, Text } from 'ink';
import type { AnswerValue, Bank, QuestionInBank } from '../../core/bank/schema.js';
import { describeAnswer } from '../../core/bank/describeAnswer.js';
import { progress, type FlowState } from '../../core/flow/flowReducer.js';
import type { Persona } from '../../core/persona/personaSchema.js';
import { demoWords } from '../../messages/demoWords.js';
import { say } from '../../messages/en.js';
import { exclusiveRefusal } from '../../messages/exclusive.js';
import { countLines } from '../countLines.js';
import { demoHelpText, DEMO_QUIT } from '../keyHelpText.js';
import { QuestionScreen } from '../QuestionScreen.js';
import { symbols, useTheme } from '../theme.js';
import { PresenterQuestion } from './PresenterQuestion.js';

export interface DemoQuestionViewProps {
  question: QuestionInBank;
  bank: Bank;
  state: FlowState;
  persona: Persona;
  /** The answer on screen (the persona's or the class's); undefined when nobody has one here yet. */
  presented: AnswerValue | undefined;
  /** The class is choosing: the interview's own view. */
  interactive: boolean;
  /** The stepping screen's status line (nothing saved, autoplay, or the `g` prompt). */
  status: string;
  autoplay?: 'running' | 'paused';
  reveal: boolean;
  surveyTitle?: string;
  /** Lines below the story line, and the columns inside the padding. */
  height: number;
  columns: number;
  onAnswer: (value: AnswerValue) => void;
  onBack: () => void;
}

/**
 * The question on screen in a demo: the presenter's read-only view with who chose what, or, while the class
 * chooses (`e`, or a question nobody has answered), the interview's own view with the persona's answer named above it.
 */
export function DemoQuestionView(props: DemoQuestionViewProps) {
  const { question, state, persona, presented, interactive, autoplay, reveal, surveyTitle, height, columns, onAnswer, onBack, bank } = props;
  const theme = useTheme();
  const { index, total } = progress(bank, state);
  const own = persona.answers[question.id];
  const status = !interactive
    ? props.status
    : presented === undefined
      ? demoWords.noAnswer(persona.name)
      : demoWords.classChooses(persona.name, symbols.left);
  // While the class chooses, the persona's own answer stays on screen (the list shows the class's ticks).
  const ownLine = interactive && own !== undefined ? demoWords.personaAnswer(persona.name, describeAnswer(question, own)) : undefined;
  const viewHeight = Math.max(4, height - countLines(status, columns) - (ownLine ? countLines(ownLine, columns) : 0));

  return (
    <Box flexDirection="column">
      <Text {...(interactive ? theme.styles.active : theme.styles.hint)}>{status}</Text>
      {ownLine && <Text bold>{ownLine}</Text>}
      {interactive ? (
        <QuestionScreen
          key={`change-${question.id}`}
          question={question}
          answers={presented === undefined ? state.answers : { ...state.answers, [question.id]: presented }}
          index={index}
          total={total}
          editing={false}
          error={state.error ? say(state.error) : state.refusal && exclusiveRefusal(question, state.refusal)}
          height={viewHeight}
          columns={columns}
          quitHint={DEMO_QUIT}
          onAnswer={onAnswer}
          onBack={onBack}
        />
      ) : (
        <PresenterQuestion
          question={question}
          answers={state.answers}
          value={presented as AnswerValue}
          persona={persona}
          index={index}
          total={total}
          help={demoHelpText('step', { canGoBack: index > 1, autoplay })}
          height={viewHeight}
          columns={columns}
          reveal={reveal}
          surveyTitle={surveyTitle}
        />
      )}
    </Box>
  );
}
