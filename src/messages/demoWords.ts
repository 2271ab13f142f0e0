import { formatList } from './formatList.js';

/** Whose choice an option is on a demo screen: the persona's, the class's change, or both. */
export type ChoiceOwner = 'persona' | 'class' | 'both';

/**
 * The classroom demo's words: the presenter view, the handouts and `demo --plain` say the same things the same way.
 * The markers name who chose an option, so a projector in black and white (or a student who cannot tell the colours
 * apart) still reads it; the arrow points back at the option above.
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
  // Handouts (demo --format) and demo --plain. Names are a persona's `name` ("Dana").
  handoutTitle: (name: string) => `${name}: a demo persona`,
  madeUp: 'A made-up person for a class demo, drawn from what ASRT members said in the survey; not a real student.',
  answersHeading: (name: string) => `${name}'s answers`,
  planIntro: (name: string) => `The plan clinical-path gives ${name}, exactly as it gives it to anyone with these answers:`,
  handoutCompareTitle: (first: string, second: string) => `${first} and ${second} compared`,
  answersDiffer: (count: number) => `Answers that differ (${count})`,
  noAnswersDiffer: 'They answered every question the same way.',
  answered: (name: string, answer: string) => `${name} answered “${answer}”`,
  notAsked: (name: string) => `${name} was not asked this question`,
  plansDiffer: 'How their plans differ',
  sharedItems: (title: string, shared: number) => `${title}: ${shared} item${shared === 1 ? '' : 's'} in both plans`,
  onlyIn: (name: string, count: number) => `Only in ${name}'s plan (${count}):`,
  noDifference: 'No differences in this section.',
  why: 'Why:',
  // demo --plain
  plainSteps: (name: string, total: number) => `${name} answers ${total} questions, one at a time.`,
  nextQuestion: 'Press Enter for the next question, q then Enter to stop.',
  nextPlan: 'Press Enter for the plan, q then Enter to stop.',
  /** The numbers say which of the options just read out were chosen, for someone who heard the list. */
  personaAnswered: (name: string, answer: string, numbers: readonly number[]) =>
    `${name}'s answer: ${answer}${numbers.length === 0 ? '' : ` (${numbers.length === 1 ? 'number' : 'numbers'} ${formatList(numbers.map(String))})`}`,
  planFollows: (name: string) => `${name}'s plan:`,
  over: 'Demo over. Nothing was saved.',
  stopped: 'Demo stopped. Nothing was saved.',
};
