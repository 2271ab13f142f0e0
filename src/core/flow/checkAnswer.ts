import { isAnswered, visibleOptions } from '../bank/evaluate.js';
import type { Answers, AnswerValue, Question } from '../bank/schema.js';

/** Why a value cannot be the answer to a question, as a code with its data; src/messages words it for the person. */
export type AnswerRefusal =
  | { code: 'chooseOne' }
  | { code: 'notAnOption'; value: string }
  | { code: 'chooseFromList' }
  | { code: 'chooseAtLeastOne' }
  | { code: 'chosenTwice' }
  | { code: 'typeAnswer' }
  | { code: 'typeOrGoBack' }
  | { code: 'tooLong'; max: number };

/** Why a value cannot be the answer to a question; null when it can. */
export function checkAnswer(question: Question, value: AnswerValue, answers: Answers): AnswerRefusal | null {
  switch (question.kind) {
    case 'single': {
      if (typeof value !== 'string') return { code: 'chooseOne' };
      if (value === '') return question.optional ? null : { code: 'chooseOne' };
      const allowed = visibleOptions(question, answers).map((o) => o.value);
      return allowed.includes(value) ? null : { code: 'notAnOption', value };
    }
    case 'multi': {
      if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) return { code: 'chooseFromList' };
      if (value.length === 0 && !question.optional) return { code: 'chooseAtLeastOne' };
      if (new Set(value).size !== value.length) return { code: 'chosenTwice' };
      const allowed = visibleOptions(question, answers).map((o) => o.value);
      const unknown = value.find((v) => !allowed.includes(v));
      return unknown === undefined ? null : { code: 'notAnOption', value: unknown };
    }
    case 'text': {
      if (typeof value !== 'string') return { code: 'typeAnswer' };
      if (!question.optional && !isAnswered(value)) return { code: 'typeOrGoBack' };
      if (value.length > question.max_length) return { code: 'tooLong', max: question.max_length };
      return null;
    }
    default: {
      const unreachable: never = question;
      return unreachable;
    }
  }
}
