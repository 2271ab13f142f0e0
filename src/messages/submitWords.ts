import type { SubmitOutcome } from '../core/survey/submitOutcome.js';

/** The survey text as the server sends it (GET /api/v1/survey), under the same headings export uses. */
export interface ServerSurveyText {
  name: string;
  runBy: string;
  consentText: string;
}

const minutes = (ms: number) => {
  const m = Math.max(1, Math.round(ms / 60_000));
  return m < 90 ? `${m} minute${m === 1 ? '' : 's'}` : `${Math.round(m / 60)} hours`;
};

/** Why a send did not happen now, in a few words: the retry line ends with it. */
const notNow = (status: number | null) =>
  status === null ? 'no answer' : status === 429 ? 'it asked to slow down' : status === 503 ? 'it is unavailable for now' : `it answered HTTP ${status}`;

const server = (o: { field: string | null; message: string | null }) =>
  o.field || o.message ? ` (the server says: ${[o.field, o.message].filter(Boolean).join(': ')})` : '';

export const submitWords = {
  question: 'Send this response? Type yes to agree and send it; anything else stops without sending: ',
  refused: 'Nothing sent: you did not agree.',
  needsAgree: (command: string) => `Nothing sent. To agree to the text above and send the response, run the same command with --agree (${command}).`,
  needsUrl: ['submit needs the address of the survey: --to URL, or set CLINICAL_PATH_SURVEY.', 'Your survey team gives it to you (for example https://survey.example.org).'],
  badUrl: (raw: string) => `“${raw}” is not a web address starting with http:// or https://; nothing was sent.`,
  credentialsInUrl: 'The survey address has a user name or password in it, which clinical-path does not send; use the address without them. Nothing was sent.',
  badInvite: 'An invite code is letters, digits and punctuation without spaces, as your survey team gave it; nothing was sent.',
  notSurvey: (url: string, status: number) => `${url} does not answer as a clinical-path survey (HTTP ${status}); check the address. Nothing was sent.`,
  unreachableText: (url: string) =>
    `The survey at ${url} could not be reached, so this is the survey text from your copy of clinical-path. If you agree, your response is kept here and sent once the survey can be reached.`,
  serverSurveyLines: (survey: ServerSurveyText) => [
    `${survey.name}: before you send your response`,
    '',
    `Who receives it: ${survey.runBy}`,
    '',
    // The server's text keeps its paragraphs; each is wrapped for the terminal.
    ...survey.consentText.split(/\r?\n\s*\r?\n/).flatMap((p, i) => (i === 0 ? [p] : ['', p])),
  ],
  mismatch: (code: 'bankId' | 'bankVersion' | 'consentVersion', theirs: { bank: { id: string; version: string }; consentVersion: string }, ours: { bank: { id: string; version: string }; consentVersion: string }) =>
    code === 'bankId'
      ? `This survey uses question bank ${theirs.bank.id}; yours is ${ours.bank.id}. Check the address, or update clinical-path, then submit. Nothing was sent.`
      : code === 'bankVersion'
        ? `This survey uses question bank ${theirs.bank.id} version ${theirs.bank.version}; yours is version ${ours.bank.version}. Update clinical-path, then submit. Nothing was sent.`
        : `This survey's text is version ${theirs.consentVersion}; your copy of clinical-path has version ${ours.consentVersion}. Update clinical-path, then submit. Nothing was sent.`,
  resending: (url: string, revision: number) => `Sending the response you agreed to earlier (revision ${revision}) to ${url}.`,
  waiting: (url: string, command: string) => `A response you agreed to send is waiting to go to ${url}; ${command} sends it now.`,
  retryingNow: (url: string) => `A response you agreed to send is waiting to go to ${url}; trying again now.`,
  /** After the interview's plan, with --survey URL or CLINICAL_PATH_SURVEY: how to send it. */
  offer: (url: string, command: string) => `To send your pseudonymous response to ${url} (it shows what is sent first): ${command}`,
  offerQuestion: (url: string) => `Send your pseudonymous response to ${url}? Shows what is sent first. Type yes to see it: `,

  /** One line for what became of a send. `later`: how long until it is tried again (retry only); `command`: submit as the person runs it. */
  outcome: (o: SubmitOutcome, url: string, revision: number, command: string, laterMs = 0): string => {
    switch (o.code) {
      case 'stored':
        return `Sent: the survey at ${url} has stored your response (revision ${revision}).`;
      case 'replaced':
        return `Sent: revision ${revision} of your response replaces your earlier one at ${url}.`;
      case 'same':
        return `Already there: the survey at ${url} already has this response (revision ${revision}); nothing changed.`;
      case 'retry':
        return `Not sent yet: the survey at ${url} could not take it (${notNow(o.status)}). Your response is kept here and tried again on a later run in about ${minutes(laterMs)}, or now with ${command}.`;
      case 'newer':
        return `Not sent: the survey at ${url} already has a newer revision of your response${server(o)}.`;
      case 'conflict':
        return `Not sent: the survey at ${url} has a different response under revision ${revision}${server(o)}.`;
      case 'bankVersion':
        return `Not sent: the survey at ${url} uses another version of the question bank${server(o)}. Update clinical-path, then submit.`;
      case 'inviteUsed':
        return `Not sent: this invite code was already used. Ask your survey team for a new one, then run ${command} --invite CODE.`;
      case 'inviteUnknown':
        return `Not sent: the survey at ${url} does not accept this invite code (or needs one). Check it, then run ${command} --invite CODE.`;
      case 'redirect':
        return `Not sent: ${url} points elsewhere${o.location ? ` (${o.location})` : ''}, which clinical-path does not follow. If that is your survey, run ${command} --to with that address.`;
      case 'refused':
        return `Not sent: the survey at ${url} refused the record (HTTP ${o.status})${server(o)}.`;
    }
  },
};
