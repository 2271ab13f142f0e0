import { FAMILIES, type StatesContent } from '../core/states/statesSchema.js';
import { escapeMarkdown, markdownUrl } from './escapeMarkdown.js';
import { checkedRange, FAMILY_NAME, INTRO, NO_LAW, STATUS_WORD, TABLE_LEGEND, TITLE } from './licenseWords.js';

/** `states --format markdown`: the table for a handout or a wiki, then each state with its sources (or just `only`). */
export function renderStatesMarkdown(states: StatesContent, only?: string): string {
  const entries = Object.entries(states.states).filter(([code]) => only === undefined || code === only);
  const out: string[] = [`# ${TITLE}`, '', escapeMarkdown(INTRO), ''];
  if (only === undefined) {
    out.push(
      escapeMarkdown(TABLE_LEGEND),
      '',
      `| State | ${FAMILIES.map((f) => FAMILY_NAME[f]).join(' | ')} | Checked | Agency |`,
      `|---|${FAMILIES.map(() => '---').join('|')}|---|---|`,
      ...entries.map(([code, s]) => `| ${code} | ${FAMILIES.map((f) => STATUS_WORD[s.disciplines[f].status]).join(' | ')} | ${checkedRange(s)} | ${escapeMarkdown(s.agency.name)} |`),
      '',
    );
  }
  for (const [code, s] of entries) {
    out.push(`## ${escapeMarkdown(s.name)} (${code})`, '', `Agency: ${link(s.agency.name, s.agency.url)}`, '');
    if (s.agency.none) {
      const source = s.agency.source ? s.sources[s.agency.source] : undefined;
      out.push(`${NO_LAW}${source ? ` Source: ${link(source.title, source.url)}.` : ''}`, '');
    }
    for (const f of FAMILIES) {
      const d = s.disciplines[f];
      const source = s.sources[d.source];
      const parts = [`**${FAMILY_NAME[f]}:** ${STATUS_WORD[d.status]} (checked ${d.checked}).`, d.note ? escapeMarkdown(d.note) : '', source ? `Source: ${link(source.title, source.url)}.` : ''];
      out.push(`- ${parts.filter(Boolean).join(' ')}`);
    }
    out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
}

/** A title linked to its address; an address Markdown cannot carry as a link target is shown as text. */
function link(title: string, url: string): string {
  const target = markdownUrl(url);
  return target ? `[${escapeMarkdown(title)}](${target})` : `${escapeMarkdown(title)} (${escapeMarkdown(url)})`;
}
