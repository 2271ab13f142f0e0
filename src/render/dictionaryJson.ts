import type { Bank } from '../core/bank/schema.js';
import { dictionaryJson } from '../core/survey/dictionary.js';
import { safeJson } from '../core/text/safeJson.js';

/** The bank's data dictionary as indented JSON text, ending with a line break. */
export function renderDictionaryJson(bank: Bank): string {
  return `${safeJson(dictionaryJson(bank), 2)}\n`;
}
