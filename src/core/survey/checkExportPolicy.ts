import { questionsIn } from '../bank/evaluate.js';
import type { RuleProblem } from '../bank/bankRules.js';
import type { Bank } from '../bank/schema.js';
import { coreOf, optionsOf } from '../../kinds/coreKinds.js';

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
      problems.push({ questionId: question.id, field: 'export', problem: { code: 'coarsenTextQuestion' } });
      continue;
    }
    const coarsening = bank.coarsen?.[policy.coarsen];
    if (!coarsening) {
      problems.push({ questionId: question.id, field: 'export.coarsen', problem: { code: 'unknownCoarsening', name: policy.coarsen } });
      continue;
    }
    for (const option of options) {
      const groups = coarsening.groups.filter((g) => g.from.includes(option.value)).map((g) => g.value);
      const at = { questionId: question.id, field: 'export.coarsen' };
      if (groups.length === 0) problems.push({ ...at, problem: { code: 'optionNotInGroup', value: option.value, coarsening: policy.coarsen } });
      if (groups.length > 1) problems.push({ ...at, problem: { code: 'optionInGroups', value: option.value, coarsening: policy.coarsen, groups } });
    }
    for (const group of coarsening.groups) {
      const unknown = group.from.filter((v) => !options.some((o) => o.value === v));
      if (unknown.length > 0) {
        problems.push({ questionId: question.id, field: 'export.coarsen', problem: { code: 'groupNotOptions', coarsening: policy.coarsen, group: group.value, values: unknown } });
      }
    }
  }
  for (const question of bank.questions) {
    if (question.export === 'omit') continue;
    const conditions = [question.show_if, ...(optionsOf(question) ?? []).map((o) => o.show_if)];
    const reads = new Set(conditions.flatMap((c) => (c ? questionsIn(c) : [])));
    for (const ref of reads) {
      if (changed.has(ref) && ref !== question.id) {
        problems.push({ questionId: question.id, field: 'show_if', problem: { code: 'dependsOnUnsent', question: ref } });
      }
    }
  }
  bank.quasi_identifiers.forEach((id, i) => {
    const question = bank.questions.find((q) => q.id === id);
    const field = `quasi_identifiers.${i}`;
    if (!question) problems.push({ field, problem: { code: 'unknownQuestion', question: id } });
    else if (coreOf(question).typedText || question.export === 'omit') problems.push({ questionId: id, field, problem: { code: 'quasiIdentifierNotSent' } });
  });
  return problems;
}
