import { Chalk, type ChalkInstance } from 'chalk';
import type { Plan, PlanItem, PlanSource } from '../core/plan/planContentSchema.js';
import { stripControl } from '../core/text/stripControl.js';
import { wrapText } from './wrapText.js';

export interface PlanTextOptions {
  /** Columns to wrap to; default 80, at least 20. */
  width?: number;
  /** false: no escape sequences at all. true (default): chalk's own detection decides. Ignored when `chalk` is given. */
  color?: boolean;
  /** A chalk instance to style with, e.g. `new Chalk({ level: 1 })` in tests. */
  chalk?: ChalkInstance;
}

export const DEFAULT_WIDTH = 80;
const MIN_WIDTH = 20;
const NOTHING_FOR_YOU = 'Nothing specific for your answers.';

/**
 * The plan for a terminal: a title, the ASRT comparison, each section with bulleted items, each item's
 * "Why:" and "Sources:" lines, then the disclaimer. Wrapped to `width`; readable without color
 * (bullets and labels carry the structure, color only emphasis).
 */
export function renderPlanText(plan: Plan, options: PlanTextOptions = {}): string {
  const c = options.chalk ?? (options.color === false ? new Chalk({ level: 0 }) : new Chalk());
  const requested = options.width ?? DEFAULT_WIDTH;
  const width = Number.isFinite(requested) ? Math.max(MIN_WIDTH, Math.floor(requested)) : DEFAULT_WIDTH;
  const out: string[] = [];

  /** Wraps `text` after `first` (on the first line) or `rest` (after that), styling only the words. */
  const block = (text: string, first: string, rest: string, style: (s: string) => string = (s) => s) => {
    wrapText(stripControl(text), width - first.length, width - rest.length).forEach((line, i) => {
      out.push(`${i === 0 ? first : rest}${style(line)}`);
    });
  };
  const heading = (text: string) => block(text, '', '', c.bold);

  heading(`Your clinical-path plan — as of ${plan.asOf}`);

  if (plan.comparison.length > 0) {
    out.push('');
    heading('How you compare with the ASRT survey');
    for (const line of plan.comparison) block(line.text, '  • ', '    ');
  }

  for (const section of plan.sections) {
    out.push('');
    heading(section.title);
    if (section.intro) block(section.intro, '  ', '  ');
    if (section.items.length === 0) {
      block(NOTHING_FOR_YOU, '  ', '  ', c.dim);
      continue;
    }
    section.items.forEach((item, i) => {
      if (i > 0 || section.intro) out.push('');
      renderItem(item, block, c);
    });
  }

  out.push('');
  block(plan.disclaimer, '', '');
  block(`Facts checked ${plan.factsChecked}.`, '', '', c.dim);
  return `${out.join('\n')}\n`;
}

type Block = (text: string, first: string, rest: string, style?: (s: string) => string) => void;

function renderItem(item: PlanItem, block: Block, c: ChalkInstance): void {
  block(item.text, '  • ', '    ');
  block(`Why: ${item.why}`, '    ', '      ', c.dim);
  if (item.sources.length > 0) {
    block(`Sources: ${item.sources.map(formatSource).join('; ')}`, '    ', '      ', c.dim);
  }
}

function formatSource(source: PlanSource): string {
  return source.url ? `${source.title} (${source.url})` : source.title;
}
