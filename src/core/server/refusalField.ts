import type { ResponseRefusal } from '../survey/validateResponse.js';

/** The field of the record a refusal is about (`answers.state`, `bank.version`), or null for the record as a whole. */
export function refusalField(refusal: ResponseRefusal): string | null {
  switch (refusal.code) {
    case 'notAResponse':
    case 'expectedObject':
      return null;
    case 'noConsent':
      return 'formatVersion';
    case 'unknownField':
      return refusal.field;
    case 'otherBank':
      return 'bank.id';
    case 'otherBankVersion':
      return 'bank.version';
    default:
      return refusal.at === '' ? null : refusal.at;
  }
}
