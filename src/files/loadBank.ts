import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseBank, type BankProblem, type ParsedFile } from '../core/bank/parseBank.js';
import { planContentSchema, type PlanContent } from '../core/plan/planContentSchema.js';
import { issuesToProblems } from '../core/bank/parseBank.js';
import { checkPlanContent, checkQuestionUse } from '../core/plan/checkPlanContent.js';
import { readYamlFile } from './readYamlFile.js';
import { SIZE_LIMITS } from './sizeLimits.js';
import { describeFsError } from './describeFsError.js';
import { loadPersonas } from './loadPersonas.js';
import type { Content } from '../core/content.js';
import { loadStates } from './loadStates.js';
import { questionsIn } from '../core/bank/evaluate.js';
import { STATE_LICENSE } from '../core/states/stateFacts.js';
import { wordProblem } from '../messages/en.js';

/** `warnings` (a state fact due for a re-check) are worth printing but stop nothing. */
export type ContentResult = { ok: true; content: Content; warnings: BankProblem[] } | { ok: false; problems: BankProblem[] };

/**
 * Loads and validates a question bank folder: bank.yaml, sections/*.yaml (asked in file-name order),
 * plan.yaml, states.yaml (optional unless the plan reads it) and the demo personas in personas/*.yaml (optional).
 * Every problem is collected; none is thrown. `now` judges the months in states.yaml.
 */
export function loadContent(dir: string, shownAs = relative(process.cwd(), dir) || '.', now = new Date()): ContentResult {
  const problems: BankProblem[] = [];
  const show = (name: string) => join(shownAs, name);
  const notFolder = folderProblem(dir);
  if (notFolder) return { ok: false, problems: [{ file: shownAs, message: notFolder }] };
  const read = (name: string): ParsedFile | undefined => {
    const result = readYamlFile(join(dir, name), SIZE_LIMITS.bankFile);
    if (result.ok) return { file: show(name), data: result.data };
    problems.push({ file: show(name), message: result.message });
    return undefined;
  };

  const meta = read('bank.yaml');
  let sectionNames: string[] = [];
  try {
    sectionNames = readdirSync(join(dir, 'sections')).filter((n) => /\.ya?ml$/.test(n)).sort();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'folder not found' : code === 'ENOTDIR' ? 'is a file, not a folder' : describeFsError(error);
    problems.push({ file: show('sections'), message: `${reason}; the questions live in sections/*.yaml` });
  }
  const sections = sectionNames.map((n) => read(join('sections', n))).filter((s): s is ParsedFile => s !== undefined);
  const planFile = read('plan.yaml');
  if (!meta || !planFile || problems.length > 0) return { ok: false, problems };

  const bankResult = parseBank(meta, sections);
  if (!bankResult.ok) return { ok: false, problems: bankResult.problems.map(wordProblem) };
  const planResult = planContentSchema.safeParse(planFile.data);
  if (!planResult.success) return { ok: false, problems: issuesToProblems(planFile.file, planResult.error.issues, planFile.data).map(wordProblem) };
  const planProblems: BankProblem[] = [
    ...checkPlanContent(bankResult.bank, planResult.data).map((p) => wordProblem({ ...p, file: planFile.file })),
    ...checkQuestionUse(bankResult.bank, planResult.data).map((p) => wordProblem({ ...p, file: fileOfQuestion(sections, p.questionId) ?? planFile.file })),
  ];
  const states = existsSync(join(dir, 'states.yaml')) ? loadStates(join(dir, 'states.yaml'), show('states.yaml'), bankResult.bank, now) : undefined;
  if (!states && readsStates(planResult.data)) planProblems.push({ file: planFile.file, message: 'items read state_license, but there is no states.yaml next to it' });
  if (states && !states.ok) planProblems.push(...states.problems);
  if (planProblems.length > 0) return { ok: false, problems: planProblems };
  const personas = loadPersonas(join(dir, 'personas'), show('personas'), bankResult.bank);
  if (!personas.ok) return personas;
  const content: Content = { bank: bankResult.bank, plan: planResult.data, personas: personas.personas, ...(states?.ok ? { states: states.states } : {}) };
  return { ok: true, content, warnings: states?.ok ? states.warnings : [] };
}

function readsStates(plan: PlanContent): boolean {
  return plan.items.some((item) => item.when !== undefined && questionsIn(item.when).includes(STATE_LICENSE));
}

/** Why `dir` cannot be a question bank folder, if it cannot; one line instead of "bank.yaml: not found" and more. */
function folderProblem(dir: string): string | undefined {
  try {
    return statSync(dir).isDirectory() ? undefined : 'is a file; --questions takes the question bank folder (with bank.yaml)';
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'folder not found' : describeFsError(error);
  }
}

/** The section file that defines a question, to name it in a problem. */
function fileOfQuestion(sections: ParsedFile[], id: string): string | undefined {
  return sections.find((s) => (s.data as { questions?: { id?: unknown }[] }).questions?.some((q) => q.id === id))?.file;
}
