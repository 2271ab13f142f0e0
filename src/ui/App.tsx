import { Box, Static, Text, useApp } from 'ink';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { AnswerValue, Bank } from '../core/bank/schema.js';
import { progress, type FlowState } from '../core/flow/flowReducer.js';
import { countLines } from './countLines.js';
import { IntroScreen } from './IntroScreen.js';
import { screenSafe } from './screenSafe.js';
import { stripControl } from '../core/text/stripControl.js';
import { useSpokenScreens } from './useSpokenScreens.js';
import { fitNote } from './fitNote.js';
import { IntentRoot } from './IntentRoot.js';
import { LIST, type IntentType } from './keyMap.js';
import { QuestionScreen } from './QuestionScreen.js';
import { ReviewScreen } from './ReviewScreen.js';
import { exclusiveRefusal } from '../messages/exclusive.js';
import { say } from '../messages/en.js';
import { useFlow } from './useFlow.js';
import { useTheme } from './theme.js';
import { useIntent } from './useIntent.js';
import { useTerminalSize } from './useTerminalSize.js';

export type ExitReason = 'done' | 'quit' | 'cancel';

/** The App listens for these only; every other key belongs to the view on screen. */
const STOP_KEYS: ReadonlySet<IntentType> = new Set(['quit', 'cancel']);

export interface AppProps {
  bank: Bank;
  /** Where to start: `startFlow(bank, saved)`. */
  initial: FlowState;
  /** Shown at the top of the first screen, until the first answer (or back), e.g. "Welcome back: …". */
  note?: string;
  /** Called synchronously after every state change (each answer, back, edit, finish, refusal): save here. */
  onChange: (state: FlowState) => void;
  /** Called once, just before the app exits itself: 'done' after "show my plan", 'quit' on Esc, 'cancel' on Ctrl+C. */
  onExit: (reason: ExitReason) => void;
  /** Terminal height override (tests); otherwise stdout.rows, else 24. */
  rows?: number;
  /** Show the intro first, naming this command for coming back (someone starting afresh; never on resume). */
  intro?: { command: string };
}

/**
 * The interview in Ink. Owns the flow state (reduced by the pure flowReducer) and picks the screen.
 *
 * The caller must:
 * - render with `render(<App … />, { exitOnCtrlC: false })`, or Ctrl+C never reaches the App and
 *   onExit('cancel') is never called;
 * - save in `onChange` (every answer arrives there before the screen updates; quitting needs no extra save);
 * - `await waitUntilExit()`, then act on the reason given to onExit: print the plan on 'done', set
 *   `process.exitCode = 130` on 'cancel'. The App only calls `useApp().exit()`; exit codes are not its job.
 */
export function App(props: AppProps) {
  return (
    <IntentRoot>
      <Interview {...props} />
    </IntentRoot>
  );
}

function Interview({ bank, initial, note, onChange, onExit, rows: fixedRows, intro }: AppProps) {
  const { exit } = useApp();
  const { rows, columns: width } = useTerminalSize(fixedRows);
  const { paddingX } = useTheme();
  // Text wraps inside the theme's side padding (the large theme leaves two columns each side).
  const columns = Math.max(20, width - 2 * paddingX);
  const { state, dispatch, touched } = useFlow(bank, initial, onChange);
  const [atIntro, setAtIntro] = useState(intro !== undefined);
  // Review reopens on the answer just changed, not at the top.
  const lastEdited = useRef<string | null>(null);

  const exited = useRef(false);
  const leave = useCallback(
    (reason: ExitReason) => {
      // Esc then Ctrl+C, or done then Esc, must not report twice.
      if (exited.current) return;
      exited.current = true;
      onExit(reason);
      exit();
    },
    [exit, onExit],
  );

  useIntent(
    LIST,
    (intent) => {
      if (intent.type === 'quit') leave('quit');
      if (intent.type === 'cancel') leave('cancel');
    },
    true,
    STOP_KEYS,
  );

  // After the "done" frame has rendered, so the last thing on screen says the answers are saved.
  useEffect(() => {
    if (state.screen === 'done') leave('done');
  }, [state.screen, leave]);

  // Where saved text enters the views: sanitised once, here, for every screen below.
  const answers = useMemo(() => screenSafe(state.answers), [state.answers]);
  // The note gives way in a small terminal (the question must fit): cut to what leaves the question its room.
  const shownNote = note === undefined ? undefined : fitNote(note.split('\n').map(stripControl).join('\n'), columns, rows);
  const showNote = shownNote !== undefined && shownNote !== '' && !touched;
  // The live frame must stay shorter than the terminal: Ink 6 clears the scrollback otherwise.
  const height = rows - 1 - (showNote ? countLines(shownNote, columns) : 0);
  const onAnswer = (id: string) => (value: AnswerValue) => dispatch({ type: 'answer', id, value });
  const onBack = () => dispatch({ type: 'back' });
  const question = state.current === null ? undefined : bank.questions.find((q) => q.id === state.current);
  const spoken = useSpokenScreens(bank, state, question, atIntro);

  if (atIntro && intro) {
    return (
      <Box flexDirection="column" paddingX={paddingX}>
        <IntroScreen
          columns={columns}
          rows={rows}
          command={intro.command}
          onStart={() => setAtIntro(false)}
        />
      </Box>
    );
  }

  return (
    <Box flexDirection="column" paddingX={paddingX}>
      {spoken && (
        <Static items={spoken}>
          {(said) => <Text key={said.key}>{said.text}</Text>}
        </Static>
      )}
      {showNote && <Text>{shownNote}</Text>}
      {state.screen === 'done' && <Text>Your answers are saved. Preparing your plan…</Text>}
      {state.screen === 'review' && (
        <ReviewScreen
          bank={bank}
          answers={answers}
          height={height}
          columns={columns}
          focus={lastEdited.current}
          onEdit={(id) => {
            lastEdited.current = id;
            dispatch({ type: 'edit', id });
          }}
          onFinish={() => dispatch({ type: 'finish' })}
          onBack={onBack}
        />
      )}
      {state.screen === 'question' && question && (
        <QuestionScreen
          question={question}
          answers={answers}
          {...progress(bank, state)}
          editing={state.editing}
          error={state.error ? say(state.error) : state.refusal && exclusiveRefusal(question, state.refusal)}
          height={height}
          columns={columns}
          onAnswer={onAnswer(question.id)}
          onBack={onBack}
          onActivity={state.error === null && state.refusal === null ? undefined : () => dispatch({ type: 'dismiss' })}
        />
      )}
    </Box>
  );
}

