import type { ChalkInstance } from 'chalk';
import type { Plan } from '../../core/plan/planContentSchema.js';
import { renderPlanText } from '../../render/planText.js';
import type { ScrollLine } from './ScrollView.js';

const DIM = `${String.fromCharCode(27)}[2m`;

function linesOf(text: string): string[] {
  return text.replace(/\n$/, '').split('\n');
}

/**
 * The plan as lines for a scroll view, each at most `width` columns so none wraps (the window's height holds).
 * It is the terminal plan with its short Why lines (one line per item, already cut to the width). renderPlanText
 * keeps a long address in an item's text on a line of its own; such a line is split here, so the class still
 * sees all of it. `dim: false` (the large theme) takes the dim style out of the plan's own colors.
 */
export function planLines(plan: Plan, width: number, options: { color: boolean; dim: boolean; chalk?: ChalkInstance }): ScrollLine[] {
  const plain = linesOf(renderPlanText(plan, { width, color: false }));
  // Styles wrap words only after wrapping, so the colored lines match the plain ones one for one.
  const styled = options.color ? linesOf(renderPlanText(plan, { width, ...(options.chalk ? { chalk: options.chalk } : {}) })) : plain;
  return plain.flatMap((line, i): ScrollLine[] => {
    if (line.length <= width) {
      const text = styled[i] ?? line;
      return [{ text: options.dim ? text : text.replaceAll(DIM, '') }];
    }
    const indent = /^ */.exec(line)?.[0] ?? '';
    const room = Math.max(10, width - indent.length);
    const out: ScrollLine[] = [{ text: line.slice(0, width), tone: 'hint' }];
    for (let at = width; at < line.length; at += room) out.push({ text: `${indent}${line.slice(at, at + room)}`, tone: 'hint' });
    return out;
  });
}
