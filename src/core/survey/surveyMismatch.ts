/** The survey as the server describes it, and this copy's bank and consent version. */
interface SurveyStamp {
  consentVersion: string;
  bank: { id: string; version: string };
}

/**
 * Why this copy cannot answer the server's survey, or null when it can: another question bank, another version of
 * it, or another consent text. A record made from a different bank would be refused, and consent given to one text
 * must not be sent as consent to another.
 */
export function surveyMismatch(server: SurveyStamp, local: SurveyStamp): 'bankId' | 'bankVersion' | 'consentVersion' | null {
  if (server.bank.id !== local.bank.id) return 'bankId';
  if (server.bank.version !== local.bank.version) return 'bankVersion';
  if (server.consentVersion !== local.consentVersion) return 'consentVersion';
  return null;
}
