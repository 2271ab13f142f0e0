import { questionsIn } from '../bank/evaluate.js';
import type { RuleProblem } from '../bank/bankRules.js';
import type { Bank } from '../bank/schema.js';
import { optionsOf } from '../../kinds/coreKinds.js';

/**
 * Export policies that would send something unreadable: a coarsening that does not exist or leaves an option out
 * or counts it twice, and a sent question whose show_if reads one that is not sent as it is (its records could no
 * longer be checked against the conditions that showed it).
 */
export function checkExportPolicy(bank: Bank): RuleProblem[] {
  const problems: RuleProblem[] = [];
  const changed = new Set<string>();
  for (const question of bank.questions) {
    const policy = question.export;
    if (policy === 'keep') continue;
    changed.add(question.id);
    if (policy === 'omit') continue;
    const options = optionsOf(question);
    if (!options) {
      problems.push({ questionId: question.id, field: 'export', message: 'only single and multi questions can be coarsened' });
      continue;
    }
    const coarsening = bank.coarsen?.[policy.coarsen];
    if (!coarsening) {
      problems.push({ questionId: question.id, field: 'export.coarsen', message: `no “coarsen: ${policy.coarsen}” in bank.yaml` });
      continue;
    }
    for (const option of options) {
      const groups = coarsening.groups.filter((g) => g.from.includes(option.value)).map((g) => g.value);
      if (groups.length !== 1) {
        const where = groups.length === 0 ? 'is in no group' : `is in more than one group (${groups.join(', ')})`;
        problems.push({ questionId: question.id, field: 'export.coarsen', message: `option “${option.value}” ${where} of coarsen.${policy.coarsen}` });
      }
    }
    for (const group of coarsening.groups) {
      const unknown = group.from.filter((v) => !options.some((o) => o.value === v));
      if (unknown.length > 0) {
        problems.push({ questionId: question.id, field: 'export.coarsen', message: `coarsen.${policy.coarsen} group “${group.value}” lists ${unknown.join(', ')}, not options of this question` });
      }
    }
  }
  for (const question of bank.questions) {
    if (question.export === 'omit') continue;
    const conditions = [question.show_if, ...(optionsOf(question) ?? []).map((o) => o.show_if)];
    const reads = new Set(conditions.flatMap((c) => (c ? questionsIn(c) : [])));
    for (const ref of reads) {
      if (changed.has(ref) && ref !== question.id) {
        problems.push({ questionId: question.id, field: 'show_if', message: `depends on “${ref}”, which is not exported as it is; keep “${ref}” or omit this question too` });
      }
    }
  }
  return problems;
}
