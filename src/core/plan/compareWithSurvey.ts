import { evaluate } from '../bank/evaluate.js';
import type { Answers, Question } from '../bank/schema.js';
import { chosenOptions } from './chosenOptions.js';
import { fillPlaceholders, type PlaceholderWords } from './fillPlaceholders.js';
import type { PlanComparison, PlanContent } from './planContentSchema.js';
import { answerOf } from '../bank/answerOf.js';
import { optionsOf } from '../../kinds/coreKinds.js';

/** A published share as printed: 78.9 → "78.9%". */
export function formatPercent(percent: number): string {
  return `${percent}%`;
}

/**
 * The person's answers beside the published ASRT figures: one line per chosen option that has an `asrt_percent`,
 * in the order of plan.yaml's comparisons, then the bank's option order. Options without a figure produce nothing,
 * and neither does a comparison whose `when` does not hold (one that would mislead this person).
 */
export function compareWithSurvey(
  comparisons: PlanContent['comparisons'],
  questions: ReadonlyMap<string, Question>,
  answers: Answers,
  words: PlaceholderWords,
): PlanComparison[] {
  return comparisons.flatMap((comparison) => {
    const question = questions.get(comparison.question);
    const options = question && optionsOf(question);
    if (!question || !options) return [];
    if (comparison.when && !evaluate(comparison.when, answers)) return [];
    return chosenOptions({ options }, answerOf(answers, question.id)).flatMap((option) => {
      if (option.asrt_percent === undefined) return [];
      const text = fillPlaceholders(comparison.text, questions, answers, words, {
        percent: formatPercent(option.asrt_percent),
        option: option.phrase ?? option.label,
      });
      return [{ question: question.id, option: option.value, percent: option.asrt_percent, text }];
    });
  });
}
