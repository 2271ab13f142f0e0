import { useIsScreenReaderEnabled } from 'ink';
import { useRef } from 'react';
import type { Bank, QuestionInBank } from '../core/bank/schema.js';
import { progress, type FlowState } from '../core/flow/flowReducer.js';
import { visibleQuestions } from '../core/flow/visibility.js';
import { spokenQuestion, spokenReview } from './spokenScreen.js';

/**
 * With a screen reader: what each screen says once as it opens (the question and its keys, in words), kept above
 * the live line in Ink's Static output so it is written once and not repeated on every key. Undefined otherwise.
 */
export function useSpokenScreens(bank: Bank, state: FlowState, question: QuestionInBank | undefined, atIntro: boolean): { key: string; text: string }[] | undefined {
  const enabled = useIsScreenReaderEnabled();
  const said = useRef<{ key: string; text: string }[]>([]);
  const last = useRef<string | null>(null);
  if (!enabled || atIntro) return undefined;
  const at = state.screen === 'question' && question ? `${state.screen}:${question.id}:${state.editing}` : state.screen;
  if (at !== last.current && state.screen !== 'done') {
    last.current = at;
    const text =
      state.screen === 'review'
        ? spokenReview(visibleQuestions(bank, state.answers).length)
        : question
          ? spokenQuestion(question, state.answers, { ...progress(bank, state), canGoBack: progress(bank, state).index > 1 || state.editing })
          : '';
    if (text) said.current = [...said.current, { key: String(said.current.length), text }];
  }
  return said.current;
}
