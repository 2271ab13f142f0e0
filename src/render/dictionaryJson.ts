import type { Bank } from '../core/bank/schema.js';
import { dictionaryJson } from '../core/survey/dictionary.js';

/** The bank's data dictionary as indented JSON text, ending with a line break. */
export function renderDictionaryJson(bank: Bank): string {
  return `${JSON.stringify(dictionaryJson(bank), null, 2)}\n`;
}
