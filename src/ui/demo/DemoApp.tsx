import { Box, Text, useApp } from 'ink';
import { useCallback, useRef, useState } from 'react';
import type { FlowState } from '../../core/flow/flowReducer.js';
import type { Persona } from '../../core/persona/personaSchema.js';
import { demoHelpText } from '../keyHelpText.js';
import { LIST, PRESENTER } from '../keyMap.js';
import { useTheme } from '../theme.js';
import { IntentRoot } from '../IntentRoot.js';
import { useIntent } from '../useIntent.js';
import { useTerminalSize } from '../useTerminalSize.js';
import { DemoSession } from './DemoSession.js';
import type { DemoContent } from './demoStart.js';
import { PersonaPicker } from './PersonaPicker.js';

export type DemoExitReason = 'quit' | 'cancel';

export interface DemoAppProps {
  content: DemoContent;
  /** Start with this persona; otherwise a picker comes first. */
  persona?: Persona;
  /** Step on alone every this many seconds. */
  autoplay?: number;
  /** Dates the plans (tests fix it); default: when the demo starts. */
  now?: Date;
  /** Color inside the plan text; default true (chalk still checks the terminal). */
  color?: boolean;
  /** Called once, just before the app exits: 'quit' on Esc or q, 'cancel' on Ctrl+C. */
  onExit: (reason: DemoExitReason) => void;
  /** Every flow state, for tests. Nothing is ever saved. */
  onChange?: (state: FlowState) => void;
  /** Terminal height override (tests); otherwise stdout.rows, else 24. */
  rows?: number;
}

const PICK_TITLE = 'Classroom demo: choose a persona. Nothing is saved in a demo.';

/**
 * The classroom demo in Ink: a persona picker (unless one is given), then that persona's session. Nothing is
 * read from or written to a store; leaving is always exit 0 except Ctrl+C (the caller sets 130).
 *
 * Render with `render(<DemoApp … />, { exitOnCtrlC: false })`, inside `<ThemeContext value={…}>` for `--large`.
 */
export function DemoApp(props: DemoAppProps) {
  return (
    <IntentRoot>
      <Demo {...props} />
    </IntentRoot>
  );
}

function Demo({ content, persona: given, autoplay, now: fixedNow, color = true, onExit, onChange, rows: fixedRows }: DemoAppProps) {
  const { exit } = useApp();
  const { rows, columns: width } = useTerminalSize(fixedRows);
  const { paddingX } = useTheme();
  const columns = Math.max(20, width - 2 * paddingX);
  const [persona, setPersona] = useState(given);
  // `r` starts the persona's demo afresh: a new session, so the class's changes and every position go.
  const [runs, setRuns] = useState(0);
  const [now] = useState(() => fixedNow ?? new Date());

  const exited = useRef(false);
  const leave = useCallback(
    (reason: DemoExitReason) => {
      if (exited.current) return;
      exited.current = true;
      onExit(reason);
      exit();
    },
    [exit, onExit],
  );
  const quit = useCallback(() => leave('quit'), [leave]);

  // Esc and Ctrl+C mean the same on every screen, text fields included; `q` is the presenter screens' own
  // (the picker's here, the session's once a persona is chosen).
  useIntent(persona ? LIST : PRESENTER, (intent) => {
    if (intent.type === 'quit') leave('quit');
    if (intent.type === 'cancel') leave('cancel');
  });

  // The live frame must stay shorter than the terminal: Ink 6 clears the scrollback otherwise.
  const height = Math.max(6, rows - 1);
  return (
    <Box flexDirection="column" paddingX={paddingX}>
      {persona ? (
        <DemoSession
          key={`${persona.id}-${runs}`}
          content={content}
          persona={persona}
          autoplay={autoplay}
          now={now}
          color={color}
          height={height}
          columns={columns}
          onQuit={quit}
          onRestart={() => setRuns((n) => n + 1)}
          onSwitch={() => setPersona(undefined)}
          onChange={onChange}
        />
      ) : content.personas.length === 0 ? (
        <Text>There are no personas in this question bank (personas/*.yaml).</Text>
      ) : (
        <PersonaPicker
          title={PICK_TITLE}
          personas={content.personas}
          help={demoHelpText('picker', { canGoBack: false })}
          height={height}
          columns={columns}
          onPick={setPersona}
        />
      )}
    </Box>
  );
}
