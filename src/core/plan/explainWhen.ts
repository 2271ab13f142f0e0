import type { Condition } from '../bank/condition.js';
import { questionLabel } from '../bank/describeAnswer.js';
import { evaluate, isAnswered } from '../bank/evaluate.js';
import type { Answers, Question } from '../bank/schema.js';
import { chosenValues } from './chosenOptions.js';
import { answerOf } from '../bank/answerOf.js';
import { optionsOf } from '../../kinds/coreKinds.js';
import type { WhyReason } from './PlanWords.js';

/** One answer that decided a condition: options chosen, a text question answered (content never shown), or left empty. */
interface Reason {
  question: string;
  kind: 'chose' | 'answered' | 'unanswered';
  values: string[];
}

/**
 * Why a condition holds, from the answers that made it true: each question by its label, with the chosen options'
 * labels in the bank's order (PlanWords.why words them). Only the answers that decided the outcome are named;
 * typed text is never included. Call it for a condition that holds; for one that does not, it explains nothing useful.
 */
export function explainWhen(condition: Condition, questions: ReadonlyMap<string, Question>, answers: Answers): WhyReason[] {
  return merge(holds(condition, questions, answers)).map((r) => describe(r, questions));
}

/** The questions whose answers decided that a condition holds, answered ones first, each once. */
export function decidingQuestions(condition: Condition, questions: ReadonlyMap<string, Question>, answers: Answers): string[] {
  const reasons = merge(holds(condition, questions, answers));
  return [...reasons.filter((r) => r.kind !== 'unanswered'), ...reasons.filter((r) => r.kind === 'unanswered')].map((r) => r.question);
}

/** The answers that make a condition true. */
function holds(c: Condition, questions: ReadonlyMap<string, Question>, answers: Answers): Reason[] {
  if ('all' in c) return c.all.flatMap((x) => holds(x, questions, answers));
  if ('any' in c) return c.any.filter((x) => evaluate(x, answers)).flatMap((x) => holds(x, questions, answers));
  if ('not' in c) return fails(c.not, questions, answers);
  if ('answered' in c) return c.answered ? [answered(c.question, questions, answers)] : [unanswered(c.question)];
  const reason = answered(c.question, questions, answers);
  return reason.kind === 'chose' ? [{ ...reason, values: reason.values.filter((v) => c.in.includes(v)) }] : [reason];
}

/** The answers that make a condition false. */
function fails(c: Condition, questions: ReadonlyMap<string, Question>, answers: Answers): Reason[] {
  if ('all' in c) return c.all.filter((x) => !evaluate(x, answers)).flatMap((x) => fails(x, questions, answers));
  if ('any' in c) return c.any.flatMap((x) => fails(x, questions, answers));
  if ('not' in c) return holds(c.not, questions, answers);
  if ('answered' in c) return c.answered ? [unanswered(c.question)] : [answered(c.question, questions, answers)];
  return [answered(c.question, questions, answers)];
}

/** The whole answer to one question; only a choice question's values are ever shown. */
function answered(question: string, questions: ReadonlyMap<string, Question>, answers: Answers): Reason {
  const value = answerOf(answers, question);
  if (!isAnswered(value)) return unanswered(question);
  const q = questions.get(question);
  if (!q || !optionsOf(q)) return { question, kind: 'answered', values: [] };
  return { question, kind: 'chose', values: chosenValues(value) };
}

function unanswered(question: string): Reason {
  return { question, kind: 'unanswered', values: [] };
}

/** One reason per question, in first-mentioned order; values united. */
function merge(reasons: Reason[]): Reason[] {
  const byQuestion = new Map<string, Reason>();
  for (const r of reasons) {
    const seen = byQuestion.get(r.question);
    if (!seen) {
      byQuestion.set(r.question, { ...r, values: [...r.values] });
    } else if (r.kind === 'chose') {
      seen.kind = 'chose';
      for (const v of r.values) if (!seen.values.includes(v)) seen.values.push(v);
    }
  }
  return [...byQuestion.values()];
}

function describe(r: Reason, questions: ReadonlyMap<string, Question>): WhyReason {
  const question = labelOf(r.question, questions);
  const q = questions.get(r.question);
  const options = q && optionsOf(q);
  if (r.kind === 'unanswered') return { kind: 'unanswered', question };
  if (r.kind !== 'chose' || r.values.length === 0 || !options) return { kind: 'answered', question };
  const order = (v: string) => {
    const i = options.findIndex((o) => o.value === v);
    return i === -1 ? options.length : i;
  };
  const values = [...r.values].sort((a, b) => order(a) - order(b));
  return { kind: 'chose', question, options: values.map((v) => options.find((o) => o.value === v)?.label ?? v) };
}

export function labelOf(question: string, questions: ReadonlyMap<string, Question>): string {
  const q = questions.get(question);
  return q ? questionLabel(q) : question;
}
