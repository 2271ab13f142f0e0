import { Box, Text } from 'ink';
import { useMemo, useRef, useState } from 'react';
import { progress, type FlowState } from '../../core/flow/flowReducer.js';
import type { Persona } from '../../core/persona/personaSchema.js';
import { buildPlan } from '../../core/plan/buildPlan.js';
import { demoWords } from '../../messages/demoWords.js';
import { planWords } from '../../messages/planWords.js';
import { countLines } from '../countLines.js';
import { demoHelpText } from '../keyHelpText.js';
import { PRESENTER } from '../keyMap.js';
import { symbols, useTheme } from '../theme.js';
import { useFlow } from '../useFlow.js';
import { useIntent } from '../useIntent.js';
import { comparePage, planPage, type PlanPage } from './planPages.js';
import { DemoPlanView } from './DemoPlanView.js';
import { demoKeyAction, type DemoAction } from './demoKeyAction.js';
import { demoStart, type DemoContent } from './demoStart.js';
import { pathTo, type DemoTarget } from './demoPath.js';
import { PersonaPicker } from './PersonaPicker.js';
import { DemoQuestionView } from './DemoQuestionView.js';
import { changedFrom, presentedValue } from './presentAnswer.js';
import { useAutoplay } from './useAutoplay.js';
import { useGoto } from './useGoto.js';

export interface DemoSessionProps {
  content: DemoContent;
  persona: Persona;
  /** Step on alone every this many seconds (a pauses), through the questions and then the plan. */
  autoplay?: number;
  /** Dates the plans. */
  now: Date;
  /** Color in the plan text (never in the large theme's dim). */
  color: boolean;
  /** Lines the session may take (already shorter than the terminal) and the columns inside the padding. */
  height: number;
  columns: number;
  onQuit: () => void;
  /** `r`: the caller starts this persona's demo afresh. */
  onRestart?: () => void;
  /** `s`: the caller shows the persona picker. */
  onSwitch?: () => void;
  /** Every flow state, for tests; nothing is saved. */
  onChange?: (state: FlowState) => void;
}

type Phase = { view: 'flow' } | { view: 'comparePick' } | { view: 'compare'; other: Persona };

const ignore = () => undefined;

/**
 * One persona's demo: steps through the questions with the persona's answers (the clicker's keys), lets the class
 * change one (`e`, the interview's own view), reveals the survey's figures (`%`), jumps (`g` N, `p`), autoplays if
 * asked, then shows the plan and compares it with another persona's (`c`). Owns the flow state; the caller owns
 * leaving (Esc, Ctrl+C), restarting and switching persona.
 */
export function DemoSession({ content, persona, autoplay, now, color, height, columns, onQuit, onRestart, onSwitch, onChange }: DemoSessionProps) {
  const { bank } = content;
  const theme = useTheme();
  const [initial] = useState(() => demoStart(bank, persona));
  const { state, dispatch, touched } = useFlow(bank, initial, onChange ?? ignore);
  const [phase, setPhase] = useState<Phase>({ view: 'flow' });
  // The step (see below) at which `e` and `%` were pressed: they hold for that step only.
  const [changing, setChanging] = useState<number | null>(null);
  const [revealed, setRevealed] = useState<number | null>(null);
  const [paused, setPaused] = useState(false);
  // Where each scrolling view was left, so leaving a comparison returns to the same place in the plan.
  const [positions, setPositions] = useState<ReadonlyMap<string, { offset: number; atEnd: boolean }>>(new Map());
  const [advance, setAdvance] = useState(0);
  // A change and a reveal end when the flow moves to another question (or to the plan). Counted while rendering,
  // not reset in an effect: an effect runs after the frame is drawn, so an `e` pressed on the new question in
  // between was undone by it (seen once as a lost `e` on a loaded machine).
  const steps = useRef({ at: `${state.screen}:${state.current}`, count: 0 });
  if (steps.current.at !== `${state.screen}:${state.current}`) steps.current = { at: `${state.screen}:${state.current}`, count: steps.current.count + 1 };
  const step = steps.current.count;
  const reveal = revealed === step;

  const question = state.screen === 'question' && state.current !== null ? bank.questions.find((q) => q.id === state.current) : undefined;
  const presented = question ? presentedValue(question, state.answers, persona) : undefined;
  const interactive = phase.view === 'flow' && question !== undefined && (changing === step || presented === undefined);
  const stepping = phase.view === 'flow' && question !== undefined && !interactive;
  const changed = changedFrom(persona, state.answers);
  const others = content.personas.filter((p) => p.id !== persona.id);
  const { total } = progress(bank, state);
  const go = (target: DemoTarget) => pathTo(bank, state, persona, target).forEach(dispatch);
  const goto = useGoto((n) => go(n));

  const next = () => {
    if (question && presented !== undefined) dispatch({ type: 'answer', id: question.id, value: presented });
  };
  const viewKey = phase.view === 'compare' ? `compare-${phase.other.id}` : 'plan';
  const position = positions.get(viewKey) ?? { offset: 0, atEnd: false };
  const reading = phase.view !== 'comparePick' && state.screen !== 'question' && !position.atEnd;
  const left = useAutoplay(autoplay, !paused && (stepping || reading), stepping ? (state.current ?? '') : `${viewKey}:${position.offset}`, () =>
    stepping ? next() : setAdvance((a) => a + 1),
  );

  // Built once per other persona and width, not on every frame of a countdown.
  const compared = useMemo(() => new Map<string, PlanPage>(), [state.answers, now]);
  const comparison = (other: Persona, width: number) => {
    const key = `${other.id}:${width}`;
    const page = compared.get(key) ?? comparePage(content, persona, state.answers, changed, other, now, width);
    compared.set(key, page);
    return page;
  };
  const plan = useMemo(
    () => (state.screen === 'question' ? null : buildPlan(planWords, bank, content.plan, state.answers, now, content.states)),
    [bank, content.plan, content.states, state.answers, state.screen, now],
  );

  const actions: Record<DemoAction, () => void> = {
    quit: onQuit,
    restart: () => onRestart?.(),
    switch: () => onSwitch?.(),
    pause: () => setPaused((p) => !p),
    goto: goto.start,
    next,
    back: () => dispatch({ type: 'back' }),
    change: () => setChanging(step),
    survey: () => setRevealed((r) => (r === step ? null : step)),
    plan: () => go('plan'),
    comparePick: () => setPhase({ view: 'comparePick' }),
    toFlow: () => setPhase({ view: 'flow' }),
  };
  useIntent(
    PRESENTER,
    (intent) => {
      if (goto.take(intent)) return;
      const action = demoKeyAction(intent, { view: phase.view, onQuestion: question !== undefined, others: others.length, autoplay: autoplay !== undefined });
      if (action) actions[action]();
    },
    !interactive,
  );

  const story = demoWords.story(persona.name, persona.story);
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
  const autoplayStatus = autoplay === undefined ? undefined : paused ? demoWords.autoplay.paused(symbols.paused) : reading || stepping ? demoWords.autoplay.next(symbols.playing, left ?? Math.ceil(autoplay)) : undefined;

  if (phase.view === 'comparePick') {
    return (
      <Box flexDirection="column">
        {header}
        <PersonaPicker
          title={demoWords.comparePick(persona.name)}
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
    const view = phase.view === 'compare' ? 'compare' : 'plan';
    // The large theme has no dim text, not even inside the plan's own colors.
    const { title, lines } = phase.view === 'compare' ? comparison(phase.other, width) : planPage(plan, persona.name, changed, width, { color, dim: theme.name !== 'large' });
    const status =
      goto.typed !== null ? demoWords.jump(goto.typed, total) : (autoplayStatus ?? (autoplay !== undefined && position.atEnd ? demoWords.autoplay.ended(symbols.stopped) : undefined));
    return (
      <Box flexDirection="column">
        {header}
        <DemoPlanView
          key={viewKey}
          title={title}
          status={status}
          lines={lines}
          help={(scrolls) => demoHelpText(view, { canGoBack: true, scrolls, canCompare: others.length > 0, autoplay: autoplay === undefined ? undefined : paused ? 'paused' : 'running' })}
          height={body}
          columns={columns}
          start={position.offset}
          onScroll={(offset, atEnd) => setPositions((all) => new Map(all).set(viewKey, { offset, atEnd }))}
          advance={advance}
        />
      </Box>
    );
  }

  if (!question) return header;
  return (
    <Box flexDirection="column">
      {header}
      <DemoQuestionView
        bank={bank}
        question={question}
        state={state}
        persona={persona}
        presented={presented}
        interactive={interactive}
        status={goto.typed !== null ? demoWords.jump(goto.typed, total) : [demoWords.nothingSaved, autoplayStatus].filter(Boolean).join(` ${symbols.separator} `)}
        autoplay={autoplay === undefined ? undefined : paused ? 'paused' : 'running'}
        reveal={reveal}
        surveyTitle={content.plan.sources.asrt_survey?.title}
        height={body}
        columns={columns}
        onAnswer={(value) => dispatch({ type: 'answer', id: question.id, value })}
        onBack={() => (presented === undefined ? dispatch({ type: 'back' }) : setChanging(null))}
      />
    </Box>
  );
}
