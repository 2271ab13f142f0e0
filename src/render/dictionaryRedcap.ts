import type { Bank } from '../core/bank/schema.js';
import { redcapDictionaryRows } from '../core/survey/dictionary.js';
import { csvRow } from './csvRow.js';
import { dictionaryWords } from '../messages/dictionaryWords.js';

/** The REDCap data dictionary as CSV text, one line per field, ending with a line break. */
export function renderDictionaryRedcap(bank: Bank): string {
  return `${redcapDictionaryRows(bank, dictionaryWords).map(csvRow).join('\n')}\n`;
}
