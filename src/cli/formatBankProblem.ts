import type { BankProblem } from '../core/bank/parseBank.js';
import { stripControl } from '../core/text/stripControl.js';

/**
 * `questions/sections/02-site.yaml: site_types: options.1.value: must be snake_case`. Ids, fields (a misspelt key)
 * and messages quote the bank's own text, which the schemas refuse but cannot yet have cleaned: each part goes
 * through stripControl, so a hostile id is named without acting on the terminal.
 */
export function formatBankProblem(problem: BankProblem): string {
  return [problem.file, problem.questionId, problem.field, problem.message].filter((part): part is string => Boolean(part)).map(stripControl).join(': ');
}
