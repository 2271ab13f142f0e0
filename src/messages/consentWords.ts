import type { Survey } from '../core/bank/surveySchema.js';
import type { RecordField } from '../core/survey/recordFields.js';

const FIELD_NAMES = { responseId: 'Response id', revision: 'Revision', consentVersion: 'Consent version', month: 'Month', bank: 'Question bank' } as const;

/** The survey's own text, as bank.yaml words it, under plain headings: read before anything is sent. */
export function surveyLines(survey: Survey): string[] {
  return [
    `${survey.name}: before you send your response`,
    '',
    `Who receives it: ${survey.run_by}`,
    '',
    `What it holds: ${survey.collects}`,
    '',
    `How it is used: ${survey.use}`,
    '',
    `How it is kept: ${survey.keeping}`,
  ];
}

/** The record that would be sent, one field per line, exactly as it will be in the file (labels for values). */
export function recordLines(fields: RecordField[]): string[] {
  return [
    'Exactly what would be sent:',
    ...fields.map((f) => {
      if (f.field !== 'answer') return `  ${FIELD_NAMES[f.field]}: ${f.value}`;
      const value = f.values.length === 0 ? '(skipped)' : f.typed ? `“${f.values.join('')}”` : f.values.join('; ');
      return `  ${f.label}: ${value}`;
    }),
  ];
}

const PAST = { export: 'exported', submit: 'sent' } as const;

export const consentWords = {
  nothingSaved: (verb: 'export' | 'submit', interview: string) => [`Nothing to ${verb}: there are no saved answers.`, `Start the interview (${interview}), then ${verb}.`],
  unfinished: (verb: 'export' | 'submit', interview: string, left: number) => [
    `Nothing ${PAST[verb]}: your interview is not finished (${left} question${left === 1 ? '' : 's'} left).`,
    `Run ${interview} to finish it, then ${verb}.`,
  ],
  question: 'Send this response? Type yes to agree and write it; anything else stops without writing: ',
  refused: 'Nothing written: you did not agree.',
  needsAgree: (command: string) => `Nothing written. To agree to the text above and write the response, run the same command with --agree (${command}).`,
  noSurvey: (file: string) => [
    `${file} has no survey: block, so there is no text for you to agree to and nothing can be sent.`,
    'Survey staff: add one (name, run_by, collects, use, keeping, consent_version); see the README.',
  ],
  written: (out: string) => `Response written to ${out}. Send this file to your survey staff.`,
};
