import { Chalk, type ChalkInstance } from 'chalk';
import type { Plan, PlanItem, PlanSource } from '../core/plan/planContentSchema.js';
import { stripControl } from '../core/text/stripControl.js';
import { COMPARISON_HEADING, itemPlaces, NEXT_STEPS_HEADING } from './planParts.js';
import { PROSE, wrapLines } from '../core/text/wrapLines.js';

export interface PlanTextOptions {
  /** Columns to wrap to; default 80, at least 20. `Infinity`: no wrapping, one line per sentence (plain mode). */
  width?: number;
  /** false: no escape sequences at all. true (default): chalk's own detection decides. Ignored when `chalk` is given. */
  color?: boolean;
  /** A chalk instance to style with, e.g. `new Chalk({ level: 1 })` in tests. */
  chalk?: ChalkInstance;
  /**
   * true: each item's full "Why:" sentence and every source with its address and the month it was checked.
   * false (default): one short line per item naming the questions behind it and the sources' titles, cut to the width.
   */
  details?: boolean;
}

export const DEFAULT_WIDTH = 80;
const MIN_WIDTH = 20;
const NOTHING_FOR_YOU = 'Nothing specific for your answers.';
/** The short "Why:" of an item every plan has. */
const FOR_EVERYONE = 'applies to everyone';
const ELLIPSIS = '…';

/**
 * The plan for a terminal: a title, "Your next steps" (each pointing to the item that explains it), the person's
 * own obstacle shown back with the items that speak to it, the ASRT comparison, each section with its items (title,
 * text, then why it is there and where it comes from), then the disclaimer. Wrapped to `width`; readable without
 * color (numbers, bullets and labels carry the structure, color only emphasis). Every string from the plan goes
 * through stripControl.
 */
export function renderPlanText(plan: Plan, options: PlanTextOptions = {}): string {
  const c = options.chalk ?? (options.color === false ? new Chalk({ level: 0 }) : new Chalk());
  const requested = options.width ?? DEFAULT_WIDTH;
  const width = requested === Infinity ? Infinity : Number.isFinite(requested) ? Math.max(MIN_WIDTH, Math.floor(requested)) : DEFAULT_WIDTH;
  const places = itemPlaces(plan);
  const out: string[] = [];

  /** Wraps `text` after `first` (on the first line) or `rest` (after that), styling only the words. */
  const block: Block = (text, first, rest, style = (s) => s) => {
    wrapLines(stripControl(text), width - first.length, { ...PROSE, restWidth: width - rest.length }).forEach((line, i) => {
      out.push(`${i === 0 ? first : rest}${style(line)}`);
    });
  };
  const heading = (text: string) => block(text, '', '', c.bold);

  heading(`Your clinical-path plan — as of ${plan.asOf}`);

  if (plan.nextSteps.length > 0) {
    out.push('');
    heading(NEXT_STEPS_HEADING);
    const digits = String(plan.nextSteps.length).length;
    plan.nextSteps.forEach((step, i) => {
      const number = `  ${String(i + 1).padStart(digits)}. `;
      const under = ' '.repeat(number.length);
      block(step.text, number, under);
      const place = places.get(step.item);
      if (place) block(`→ see “${place.title}” in ${place.section}`, under, `${under}  `);
    });
  }

  if (plan.obstacle) {
    const { title, said, themes } = plan.obstacle;
    out.push('');
    heading(title);
    block(`“${said}”`, '  ', '   ');
    for (const theme of themes) {
      const titles = theme.items.flatMap((id) => {
        const place = places.get(id);
        return place ? [`“${place.title}”`] : [];
      });
      if (titles.length > 0) block(`${theme.label}: see ${titles.join(', ')}`, '  ', '    ');
    }
  }

  if (plan.comparison.length > 0) {
    out.push('');
    heading(COMPARISON_HEADING);
    for (const line of plan.comparison) block(line.text, '  • ', '    ');
  }

  for (const section of plan.sections) {
    out.push('');
    heading(section.title);
    if (section.intro) block(section.intro, '  ', '  ');
    if (section.items.length === 0) {
      block(NOTHING_FOR_YOU, '  ', '  ');
      continue;
    }
    section.items.forEach((item, i) => {
      if (i > 0 || section.intro) out.push('');
      block(item.title, '  • ', '    ', c.bold);
      block(item.text, '    ', '    ');
      if (options.details) {
        // Not dimmed: why an item is there and where its facts come from are part of the plan, and dim text fades
        // out on light terminal themes.
        block(`Why: ${item.why}`, '    ', '      ');
        if (item.sources.length > 0) block(`Sources: ${item.sources.map(formatSource).join('; ')}`, '    ', '      ');
      } else {
        out.push(`    ${shortWhy(item, width - 4)}`);
      }
    });
  }

  out.push('');
  block(plan.disclaimer, '', '');
  block(`Facts checked ${plan.factsChecked}.`, '', '');
  return `${out.join('\n')}\n`;
}

type Block = (text: string, first: string, rest: string, style?: (s: string) => string) => void;

/** A source in full: its title, its address when it has one, and the month it was last checked there. */
function formatSource(source: PlanSource): string {
  return `${source.url ? `${source.title} (${source.url})` : source.title}, checked ${source.checked}`;
}

/**
 * An item's reason and sources in one line of at most `room` columns: the questions whose answers put it in the
 * plan and the sources' titles, `Why: Employment, Education program · Sources: ARRT verifiers; ARRT supervisor`.
 * Cut with "…" when it does not fit; `--details` shows them in full.
 */
export function shortWhy(item: Pick<PlanItem, 'basedOn' | 'sources'>, room: number): string {
  const why = `Why: ${item.basedOn.length > 0 ? item.basedOn.join(', ') : FOR_EVERYONE}`;
  const sources = item.sources.length > 0 ? ` · Sources: ${item.sources.map((s) => s.title).join('; ')}` : '';
  return cutToWidth(stripControl(`${why}${sources}`), room);
}

/**
 * One line of at most `room` columns: the text itself when it fits, otherwise its start and "…", cut between
 * words when that keeps at least half the line (without a dangling separator or "Sources:"), else mid-word.
 */
function cutToWidth(text: string, room: number): string {
  const whole = text.replace(/\s+/g, ' ').trim();
  if (whole.length <= room) return whole;
  const keep = Math.max(0, room - ELLIPSIS.length);
  const [head = ''] = wrapLines(whole, keep, PROSE);
  const between = head.length <= keep && head.length >= keep / 2;
  let cut = between ? head.replace(/\s*·\s*Sources:$/u, '').replace(/[\s·;,—-]+$/u, '') : whole.slice(0, keep).trimEnd();
  // Never leave half of a character written as a surrogate pair (an emoji) before the ellipsis.
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut}${ELLIPSIS}`;
}
