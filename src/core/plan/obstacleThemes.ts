import type { Answers } from '../bank/schema.js';
import { stripControl } from '../text/stripControl.js';
import type { PlanContent, PlanContentItem, PlanObstacle } from './planContentSchema.js';
import { answerOf } from '../bank/answerOf.js';

/** The longest obstacle shown back; the bank caps the answer too, this guards an answers file from elsewhere. */
const MAX_SAID = 500;

/**
 * The person's typed obstacle as they wrote it (control, bidi and invisible characters removed, spaces collapsed),
 * with each theme of plan.yaml whose words it uses and the shown items that address that theme.
 * A theme none of whose items is in this plan is left out: pointing at advice the person does not get helps no one.
 */
export function obstacleOf(spec: PlanContent['obstacle'], answers: Answers, shown: readonly PlanContentItem[]): PlanObstacle | undefined {
  if (!spec) return undefined;
  const raw = answerOf(answers, spec.question);
  if (typeof raw !== 'string') return undefined;
  const said = stripControl(raw).replace(/\s+/g, ' ').trim().slice(0, MAX_SAID);
  if (said === '') return undefined;
  const shownIds = new Set(shown.map((i) => i.id));
  const words = said.toLowerCase();
  const themes = spec.themes.flatMap((theme) => {
    if (!theme.words.some((w) => usesWord(words, w))) return [];
    const items = theme.items.filter((id) => shownIds.has(id));
    return items.length > 0 ? [{ id: theme.id, label: theme.label, items }] : [];
  });
  return { title: spec.title, said, themes };
}

const isLetter = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/**
 * Whether `text` (lower case) uses `word` as a whole word: "exam" matches "my exam", not "example". A word ending
 * in `*` is a beginning: "relocat*" matches "relocate" and "relocation".
 */
export function usesWord(text: string, word: string): boolean {
  const stem = word.endsWith('*');
  const w = stem ? word.slice(0, -1) : word;
  for (let at = text.indexOf(w); at !== -1; at = text.indexOf(w, at + 1)) {
    if (!isLetter(text[at - 1]) && (stem || !isLetter(text[at + w.length]))) return true;
  }
  return false;
}
