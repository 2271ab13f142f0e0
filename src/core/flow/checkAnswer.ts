import { isAnswered, visibleOptions } from '../bank/evaluate.js';
import type { Answers, AnswerValue, Question } from '../bank/schema.js';

/** Why a value cannot be the answer to a question, in words for the person answering; null when it can. */
export function checkAnswer(question: Question, value: AnswerValue, answers: Answers): string | null {
  switch (question.kind) {
    case 'single': {
      if (typeof value !== 'string') return 'Choose one option.';
      if (value === '') return question.optional ? null : 'Choose one option.';
      const allowed = visibleOptions(question, answers).map((o) => o.value);
      return allowed.includes(value) ? null : `“${value}” is not one of the options.`;
    }
    case 'multi': {
      if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) return 'Choose from the list.';
      if (value.length === 0 && !question.optional) return 'Choose at least one option.';
      if (new Set(value).size !== value.length) return 'Each option can be chosen only once.';
      const allowed = visibleOptions(question, answers).map((o) => o.value);
      const unknown = value.find((v) => !allowed.includes(v));
      return unknown === undefined ? null : `“${unknown}” is not one of the options.`;
    }
    case 'text': {
      if (typeof value !== 'string') return 'Type your answer.';
      if (!question.optional && !isAnswered(value)) return 'Type an answer, or go back.';
      if (value.length > question.max_length) return `Keep it under ${question.max_length} characters.`;
      return null;
    }
    default: {
      const unreachable: never = question;
      return unreachable;
    }
  }
}
