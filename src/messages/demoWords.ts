import type { PlanWords } from '../core/plan/PlanWords.js';
import { formatList } from './formatList.js';
import { planWords } from './planWords.js';

/** Whose choice an option is on a demo screen: the persona's, the class's change, or both. */
export type ChoiceOwner = 'persona' | 'class' | 'both';

/**
 * The classroom demo's words. The markers name who chose an option, so a projector in black and white (or a
 * student who cannot tell the colours apart) still reads it; the arrow points back at the option above.
 */
export const demoWords = {
  mark: (owner: ChoiceOwner, name: string, arrow: string): string =>
    owner === 'persona' ? `${arrow} ${name}'s answer` : owner === 'class' ? `${arrow} class` : `${arrow} ${name} and the class`,
  /** While the class chooses, the persona's own answer stays in view. */
  personaAnswer: (name: string, answer: string) => `${name}'s own answer: ${answer}`,
  /** The persona's text answer beside the class's, after a change. */
  emptyAnswer: '(left empty)',
  survey: {
    /** Who the ASRT survey asked, from its own summary ("ASRT surveyed members across all modalities who …"). */
    population: (source: string) =>
      `Surveyed: ASRT members in every modality who hold, or are working toward, a post-primary certification${source ? ` (${source})` : ''}.`,
    multi: 'ASRT figure: the share of those surveyed who chose each option (more than one could be chosen).',
    single: 'ASRT figure: the share of those surveyed who chose each option.',
    none: 'The ASRT survey has no figure for this question.',
    noFigure: 'no figure',
  },
  story: (name: string, story: string) => `Demo: ${name} — ${story}`,
  nothingSaved: 'Nothing is saved in a demo.',
  noAnswer: (name: string) => `${name} has no answer here (a change revealed this question): the class chooses one.`,
  classChooses: (name: string, left: string) => `The class chooses a different answer for ${name}; ${left} keeps ${name}'s.`,
  planTitle: (name: string, changed: boolean) => `${name}'s plan${changed ? ', with the class’s changes' : ''}`,
  compareTitle: (name: string, changed: boolean, other: string) =>
    `${name}${changed ? ' (with the class’s changes)' : ''} vs ${other}: the plan items only one of them gets`,
  comparePick: (name: string) => `Compare ${name}'s plan with:`,
  jump: (typed: string, total: number) => `Go to question: ${typed || '_'} of ${total} (enter goes, any other key cancels)`,
  /** The marks say whether autoplay runs, so the state never rests on the countdown's colour or its absence. */
  autoplay: {
    next: (mark: string, seconds: number) => `${mark} autoplay: next in ${seconds} s (a pauses)`,
    paused: (mark: string) => `${mark} autoplay paused (a resumes)`,
    ended: (mark: string) => `${mark} autoplay: end of the plan`,
  },
};

/** The plan's words for one persona, so a comparison says "Why: Dana answered …" rather than "You answered". */
export function personaPlanWords(name: string): PlanWords {
  const quoted = (text: string) => `“${text}”`;
  return {
    ...planWords,
    unanswered: `${name}'s choice`,
    textAnswer: `${name}'s answer`,
    why(reasons) {
      const answered = reasons
        .filter((r) => r.kind !== 'unanswered')
        .map((r) => (r.kind === 'chose' && r.options.length > 0 ? `${quoted(r.question)}: ${formatList(r.options.map(quoted))}` : quoted(r.question)));
      const skipped = reasons.filter((r) => r.kind === 'unanswered').map((r) => quoted(r.question));
      const sentences: string[] = [];
      if (answered.length > 0) sentences.push(`${name} answered ${answered.join('; ')}.`);
      if (skipped.length > 0) sentences.push(`${name} has not answered ${formatList(skipped)}.`);
      return sentences.length > 0 ? sentences.join(' ') : 'This applies to everyone.';
    },
  };
}
