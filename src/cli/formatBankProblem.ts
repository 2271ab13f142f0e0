import type { BankProblem } from '../core/bank/parseBank.js';

/** `questions/sections/02-site.yaml: site_types: options.1.value: must be snake_case` */
export function formatBankProblem(problem: BankProblem): string {
  return [problem.file, problem.questionId, problem.field, problem.message].filter(Boolean).join(': ');
}
