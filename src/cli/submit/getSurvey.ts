import { z } from 'zod';
import { endpoint } from './endpoint.js';
import { fetchJson } from './fetchJson.js';

/** GET /api/v1/survey, as the server's contract (design.md §4) has it; lengths capped, the text is shown on a terminal. */
const serverSurveySchema = z.object({
  name: z.string().min(1).max(200),
  runBy: z.string().min(1).max(2000),
  consentText: z.string().min(1).max(20_000),
  consentVersion: z.string().min(1).max(64),
  bank: z.object({ id: z.string().min(1).max(200), version: z.string().min(1).max(64) }),
});

export type ServerSurvey = z.infer<typeof serverSurveySchema>;

export type SurveyReply =
  | { kind: 'survey'; survey: ServerSurvey }
  /** Down, overloaded or not answering: the record may still be agreed to and queued. */
  | { kind: 'unreachable'; status: number | null }
  /** It answered, but not as a clinical-path survey (404, a web page, a redirect): the address is wrong. */
  | { kind: 'notSurvey'; status: number };

/** The survey the server runs: its text, consent version and question bank, to show and to check against this copy. */
export async function getSurvey(base: string): Promise<SurveyReply> {
  const answer = await fetchJson(endpoint(base, '/api/v1/survey'), { headers: { accept: 'application/json' } });
  if (answer.status === null) return { kind: 'unreachable', status: null };
  if (answer.status === 429 || answer.status === 408 || answer.status >= 500) return { kind: 'unreachable', status: answer.status };
  const parsed = serverSurveySchema.safeParse(answer.body);
  if (answer.status !== 200 || !parsed.success) return { kind: 'notSurvey', status: answer.status };
  return { kind: 'survey', survey: parsed.data };
}
