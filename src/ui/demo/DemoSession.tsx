import { Box, Text } from 'ink';
import { useEffect, useMemo, useState } from 'react';
import type { AnswerValue, Bank } from '../../core/bank/schema.js';
import { progress, startFlow, type FlowState } from '../../core/flow/flowReducer.js';
import { visibleQuestions } from '../../core/flow/visibility.js';
import type { Persona } from '../../core/persona/personaSchema.js';
import { buildPlan } from '../../core/plan/buildPlan.js';
import { planWords } from '../../messages/planWords.js';
import type { StatesContent } from '../../core/states/statesSchema.js';
import { comparePlans } from '../../core/plan/comparePlans.js';
import type { PlanContent } from '../../core/plan/planContentSchema.js';
import { countLines } from '../countLines.js';
import { KeyHelp } from '../KeyHelp.js';
import { demoHelpText, DEMO_QUIT, keyHelpHeight } from '../keyHelpText.js';
import { PRESENTER } from '../keyMap.js';
import { QuestionScreen } from '../QuestionScreen.js';
import { useTheme } from '../theme.js';
import { useFlow } from '../useFlow.js';
import { useIntent } from '../useIntent.js';
import { compareLines } from './compareLines.js';
import { PersonaPicker } from './PersonaPicker.js';
import { PresenterQuestion } from './PresenterQuestion.js';
import { answerNote, changedFrom, presentedValue } from './presentAnswer.js';
import { planLines } from './planLines.js';
import { ScrollView } from './ScrollView.js';
import { useAutoplay } from './useAutoplay.js';
import { exclusiveRefusal } from '../../messages/exclusive.js';
import { say } from '../../messages/en.js';

/** What a demo needs from the loaded content. */
export interface DemoContent {
  bank: Bank;
  plan: PlanContent;
  personas: readonly Persona[];
  /** Who licenses what per state (questions/states.yaml), for the plan's state item. */
  states?: StatesContent;
}

export interface DemoSessionProps {
  content: DemoContent;
  persona: Persona;
  /** Step on alone every this many seconds (p pauses). */
  autoplay?: number;
  /** Dates the plans. */
  now: Date;
  /** Color in the plan text (never in the large theme's dim). */
  color: boolean;
  /** Lines the session may take (already shorter than the terminal) and the columns inside the padding. */
  height: number;
  columns: number;
  onQuit: () => void;
  /** Every flow state, for tests; nothing is saved. */
  onChange?: (state: FlowState) => void;
}

type Phase = { view: 'flow' } | { view: 'comparePick' } | { view: 'compare'; other: Persona };

const ignore = () => undefined;

/** The demo flow starts at the first question with all of the persona's answers in place. */
export function demoStart(bank: Bank, persona: Persona): FlowState {
  const first = visibleQuestions(bank, persona.answers)[0];
  return startFlow(bank, { answers: persona.answers, screen: 'question', current: first?.id ?? null });
}

/**
 * One persona's demo: steps through the questions with the persona's answers (Space/Enter next, ← back),
 * lets the class change one (`e`, the interview's own view), autoplays if asked, then shows the plan and
 * compares it with another persona's (`c`). Owns the flow state; the caller owns leaving (Esc, Ctrl+C).
 */
export function DemoSession({ content, persona, autoplay, now, color, height, columns, onQuit, onChange }: DemoSessionProps) {
  const { bank } = content;
  const theme = useTheme();
  const [initial] = useState(() => demoStart(bank, persona));
  const { state, dispatch, touched } = useFlow(bank, initial, onChange ?? ignore);
  const [phase, setPhase] = useState<Phase>({ view: 'flow' });
  const [changing, setChanging] = useState<string | null>(null);
  const [paused, setPaused] = useState(false);
  // A change ends when the flow moves to another question (or to the plan).
  useEffect(() => setChanging(null), [state.current, state.screen]);

  const question = state.screen === 'question' && state.current !== null ? bank.questions.find((q) => q.id === state.current) : undefined;
  const presented = question ? presentedValue(question, state.answers, persona) : undefined;
  const interactive = phase.view === 'flow' && question !== undefined && (changing === question.id || presented === undefined);
  const stepping = phase.view === 'flow' && question !== undefined && !interactive;
  const changed = changedFrom(persona, state.answers);
  const others = content.personas.filter((p) => p.id !== persona.id);

  const next = () => {
    if (question && presented !== undefined) dispatch({ type: 'answer', id: question.id, value: presented });
  };
  useAutoplay(autoplay, stepping && !paused, state.current ?? '', next);

  const plan = useMemo(
    () => (state.screen === 'question' ? null : buildPlan(planWords, bank, content.plan, state.answers, now, content.states)),
    [bank, content.plan, content.states, state.answers, state.screen, now],
  );

  useIntent(
    PRESENTER,
    (intent) => {
      if (intent.type === 'quit') {
        onQuit();
        return;
      }
      if (phase.view === 'flow' && question) {
        if (intent.type === 'confirm') next();
        if (intent.type === 'back') dispatch({ type: 'back' });
        if (intent.type === 'change') setChanging(question.id);
        if (intent.type === 'pause' && autoplay !== undefined) setPaused((p) => !p);
        return;
      }
      if (phase.view === 'flow') {
        if (intent.type === 'back') dispatch({ type: 'back' });
        if (intent.type === 'compare' && others.length > 0) setPhase({ view: 'comparePick' });
        return;
      }
      if (intent.type === 'back') setPhase({ view: 'flow' });
      if (intent.type === 'compare' && phase.view === 'compare') setPhase({ view: 'comparePick' });
    },
    !interactive,
  );

  const story = `Demo: ${persona.name} — ${persona.story}`;
  // The whole story on the first screen; one line after that, so the questions keep their room.
  const storyFull = !touched && phase.view === 'flow' && question !== undefined;
  const storyLines = storyFull ? countLines(story, columns) : 1;
  const header = (
    // Keyed: Ink measures a text once, so switching its wrap mode in place would keep the old height.
    <Text key={storyFull ? 'story' : 'storyLine'} {...theme.styles.header} wrap={storyFull ? 'wrap' : 'truncate-end'}>
      {story}
    </Text>
  );
  const body = Math.max(4, height - storyLines);

  if (phase.view === 'comparePick') {
    return (
      <Box flexDirection="column">
        {header}
        <PersonaPicker
          title={`Compare ${persona.name}'s plan with:`}
          personas={others}
          help={demoHelpText('comparePicker', { canGoBack: true })}
          height={body}
          columns={columns}
          onPick={(other) => setPhase({ view: 'compare', other })}
        />
      </Box>
    );
  }

  if (plan) {
    const width = Math.min(100, columns);
    const { title, lines, view, key } = (() => {
      if (phase.view === 'compare') {
        const theirs = buildPlan(planWords, bank, content.plan, phase.other.answers, now, content.states);
        return {
          title: `${persona.name}${changed ? ' (with the class’s changes)' : ''} vs ${phase.other.name}: the plan items only one of them gets`,
          lines: compareLines(comparePlans(plan, theirs), persona.name, phase.other.name, width),
          view: 'compare' as const,
          key: `compare-${phase.other.id}`,
        };
      }
      return {
        title: `${persona.name}'s plan${changed ? ', with the class’s changes' : ''}`,
        // The large theme has no dim text, not even inside the plan's own colors.
        lines: planLines(plan, width, { color, dim: theme.name !== 'large' }),
        view: 'plan' as const,
        key: 'plan',
      };
    })();
    const helpFor = (scrolls: boolean) => demoHelpText(view, { canGoBack: true, scrolls, canCompare: others.length > 0 });
    const help = helpFor(true);
    const scrollHeight = Math.max(3, body - countLines(title, columns) - keyHelpHeight(help, columns));
    return (
      <Box flexDirection="column">
        {header}
        <Text {...theme.styles.prompt}>{title}</Text>
        <ScrollView key={key} lines={lines} height={scrollHeight} />
        <KeyHelp text={helpFor(lines.length > scrollHeight)} columns={columns} />
      </Box>
    );
  }

  if (!question) return header;
  const { index, total } = progress(bank, state);
  const autoplayStatus = autoplay === undefined ? '' : paused ? ' · autoplay paused (p resumes)' : ` · autoplay every ${autoplay} s`;
  const status = interactive
    ? presented === undefined
      ? `${persona.name} has no answer here (a change revealed this question): the class chooses one.`
      : `The class chooses a different answer for ${persona.name}; ← keeps ${persona.name}'s.`
    : `Nothing is saved in a demo${autoplayStatus}.`;
  const statusLines = countLines(status, columns);
  const viewHeight = Math.max(4, body - statusLines);

  return (
    <Box flexDirection="column">
      {header}
      <Text {...(interactive ? theme.styles.active : theme.styles.hint)}>{status}</Text>
      {interactive ? (
        <QuestionScreen
          key={`change-${question.id}`}
          question={question}
          answers={presented === undefined ? state.answers : { ...state.answers, [question.id]: presented satisfies AnswerValue }}
          index={index}
          total={total}
          editing={false}
          error={state.error ? say(state.error) : state.refusal && exclusiveRefusal(question, state.refusal)}
          height={viewHeight}
          columns={columns}
          quitHint={DEMO_QUIT}
          onAnswer={(value) => dispatch({ type: 'answer', id: question.id, value })}
          onBack={() => (presented === undefined ? dispatch({ type: 'back' }) : setChanging(null))}
        />
      ) : (
        <PresenterQuestion
          question={question}
          answers={state.answers}
          value={presented as AnswerValue}
          note={answerNote(persona)}
          index={index}
          total={total}
          help={demoHelpText('step', { canGoBack: index > 1, autoplay: autoplay === undefined ? undefined : paused ? 'paused' : 'running' })}
          height={viewHeight}
          columns={columns}
        />
      )}
    </Box>
  );
}
