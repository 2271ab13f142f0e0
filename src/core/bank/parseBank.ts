import type { z } from 'zod';
import { bankMetaSchema, sectionFileSchema, type Bank, type QuestionInBank } from './schema.js';
import { checkBankRules } from './bankRules.js';
import { checkExportPolicy } from '../survey/checkExportPolicy.js';
import type { ContentProblemCode, UnsafeKind } from '../contentProblem.js';

/** One problem in a question bank, located as precisely as we can, as a code (src/messages words it). */
export interface BankIssue {
  file: string;
  questionId?: string;
  field?: string;
  problem: ContentProblemCode;
}

/** A problem as the author reads it: what the loaders (src/files) give and the CLI prints. */
export interface BankProblem {
  file: string;
  questionId?: string;
  field?: string;
  message: string;
}

export interface ParsedFile {
  /** Path as the user should see it, e.g. questions/sections/01-you.yaml */
  file: string;
  data: unknown;
}

export type BankResult = { ok: true; bank: Bank } | { ok: false; problems: BankIssue[] };

/** zod issues → problems; a path like questions.3.options.1.value names the question by id when it can. */
export function issuesToProblems(file: string, issues: z.core.$ZodIssue[], data: unknown): BankIssue[] {
  return issues.map((issue) => {
    const path = [...issue.path];
    let questionId: string | undefined;
    if (path[0] === 'questions' && typeof path[1] === 'number') {
      const q = (data as { questions?: { id?: unknown }[] })?.questions?.[path[1]];
      questionId = typeof q?.id === 'string' ? q.id : `#${path[1] + 1}`;
      path.splice(0, 2);
    }
    const field = path.length > 0 ? path.join('.') : undefined;
    return { file, questionId, field, problem: schemaProblem(issue) };
  });
}

/** A zod issue as a code: our own findings by their code, zod's by its words. */
export function schemaProblem(issue: z.core.$ZodIssue): ContentProblemCode {
  // zod says only "Invalid key in record" for a bad key (a source id, a persona's answer id); say why instead.
  const inner = issue.code === 'invalid_key' ? issue.issues[0] : undefined;
  const found = inner ?? issue;
  const key = inner !== undefined;
  const params = 'params' in found ? (found.params as { what?: UnsafeKind; codePoint?: string } | undefined) : undefined;
  if (found.message === 'unsafeText' && params?.what && params.codePoint) return { code: 'unsafeText', what: params.what, codePoint: params.codePoint, key };
  return { code: 'invalid', text: found.message, key };
}

/** Validates the bank's files, already parsed from YAML, and assembles the bank in file order. */
export function parseBank(meta: ParsedFile, sections: ParsedFile[]): BankResult {
  const problems: BankIssue[] = [];
  const metaResult = bankMetaSchema.safeParse(meta.data);
  if (!metaResult.success) problems.push(...issuesToProblems(meta.file, metaResult.error.issues, meta.data));
  if (sections.length === 0) problems.push({ file: meta.file, problem: { code: 'noSections' } });

  const questions: QuestionInBank[] = [];
  const fileOf = new Map<string, string>();
  for (const section of sections) {
    const result = sectionFileSchema.safeParse(section.data);
    if (!result.success) {
      problems.push(...issuesToProblems(section.file, result.error.issues, section.data));
      continue;
    }
    for (const q of result.data.questions) {
      const seen = fileOf.get(q.id);
      if (seen) {
        problems.push({ file: section.file, questionId: q.id, field: 'id', problem: { code: 'duplicateQuestionId', firstIn: seen } });
        continue;
      }
      fileOf.set(q.id, section.file);
      questions.push({ ...q, section: result.data.section });
    }
  }
  if (!metaResult.success || problems.length > 0) return { ok: false, problems };

  const bank: Bank = { ...metaResult.data, questions };
  const ruleProblems = [...checkBankRules(bank), ...checkExportPolicy(bank)].map((p) => ({ ...p, file: fileOf.get(p.questionId ?? '') ?? meta.file }));
  return ruleProblems.length > 0 ? { ok: false, problems: ruleProblems } : { ok: true, bank };
}

