import type { Answers, AnswerValue, Bank } from '../bank/schema.js';
import { checkAnswer, type AnswerRefusal } from './checkAnswer.js';
import { exclusiveConflict, type ExclusiveConflict } from './exclusiveConflict.js';
import { pruneAnswers, unansweredQuestions, visibleQuestions } from './visibility.js';

export type Screen = 'question' | 'review' | 'done';

export interface FlowState {
  answers: Answers;
  screen: Screen;
  /** The question on screen; null on review and done. */
  current: string | null;
  /** Came here from review: after answering, go back to review (via any question the change revealed). */
  editing: boolean;
  /** Why the last answer was refused, as a code: each screen words it (src/messages). */
  error: AnswerRefusal | null;
  /**
   * Why the last answer was refused, as data: an exclusive option ("None of these yet") ticked
   * with others. Each screen words it (src/messages/exclusive.ts); `error` is null then. Cleared like `error`.
   */
  refusal: ExclusiveConflict | null;
}

export type FlowAction =
  | { type: 'answer'; id: string; value: AnswerValue }
  | { type: 'back' }
  | { type: 'edit'; id: string }
  | { type: 'finish' }
  /** The person acted on a refused answer (ticked, moved, typed): the refusal is no longer news. */
  | { type: 'dismiss' };

/** What a store keeps between runs. */
export interface SavedProgress {
  answers: Answers;
  current: string | null;
  screen: Screen;
}

/** A fresh interview, or a saved one made consistent with the bank as it is now. */
export function startFlow(bank: Bank, saved?: Partial<SavedProgress>): FlowState {
  const answers = pruneAnswers(bank, saved?.answers ?? {});
  const visible = visibleQuestions(bank, answers);
  const current = saved?.current;
  if (saved?.screen === 'question' && current && visible.some((q) => q.id === current)) {
    return { answers, screen: 'question', current, editing: false, error: null, refusal: null };
  }
  return settle(bank, answers, false, saved?.screen === 'done');
}

/** Where to go when nothing in particular is asked for: the first open question, else review (or done). */
function settle(bank: Bank, answers: Answers, editing: boolean, done = false): FlowState {
  const open = unansweredQuestions(bank, answers)[0];
  if (open) return { answers, screen: 'question', current: open.id, editing, error: null, refusal: null };
  return { answers, screen: done ? 'done' : 'review', current: null, editing: false, error: null, refusal: null };
}

export function flowReducer(bank: Bank, state: FlowState, action: FlowAction): FlowState {
  switch (action.type) {
    case 'answer': {
      const question = bank.questions.find((q) => q.id === action.id);
      if (state.screen !== 'question' || !question || action.id !== state.current) return state;
      const error = checkAnswer(question, action.value, state.answers);
      if (error) return { ...state, error, refusal: null };
      const refusal = exclusiveConflict(question, action.value);
      if (refusal) return { ...state, error: null, refusal };
      const answers = pruneAnswers(bank, { ...state.answers, [action.id]: action.value });
      if (state.editing) return settle(bank, answers, true);
      const visible = visibleQuestions(bank, answers);
      const next = visible[visible.findIndex((q) => q.id === action.id) + 1];
      if (next) return { answers, screen: 'question', current: next.id, editing: false, error: null, refusal: null };
      return settle(bank, answers, false);
    }
    case 'dismiss':
      return state.error === null && state.refusal === null ? state : { ...state, error: null, refusal: null };
    case 'back': {
      if (state.screen === 'done') return state;
      if (state.screen === 'review' || state.editing) {
        // Back from an edit returns to review, unless the edit revealed a question that still needs an answer.
        if (state.editing) return settle(bank, state.answers, true);
        const last = visibleQuestions(bank, state.answers).at(-1);
        return last ? { ...state, screen: 'question', current: last.id, error: null, refusal: null } : state;
      }
      const visible = visibleQuestions(bank, state.answers);
      const previous = visible[visible.findIndex((q) => q.id === state.current) - 1];
      if (previous) return { ...state, current: previous.id, error: null, refusal: null };
      return state.error === null && state.refusal === null ? state : { ...state, error: null, refusal: null };
    }
    case 'edit': {
      if (state.screen !== 'review') return state;
      if (!visibleQuestions(bank, state.answers).some((q) => q.id === action.id)) return state;
      return { ...state, screen: 'question', current: action.id, editing: true, error: null, refusal: null };
    }
    case 'finish': {
      if (state.screen !== 'review' || unansweredQuestions(bank, state.answers).length > 0) return state;
      return { ...state, screen: 'done' };
    }
    default: {
      const unreachable: never = action;
      return unreachable;
    }
  }
}

/** "Question N of M" for the question on screen; M counts the questions visible now. */
export function progress(bank: Bank, state: FlowState): { index: number; total: number } {
  const visible = visibleQuestions(bank, state.answers);
  return { index: visible.findIndex((q) => q.id === state.current) + 1, total: visible.length };
}

export function toSaved(state: FlowState): SavedProgress {
  return { answers: state.answers, current: state.current, screen: state.screen };
}
