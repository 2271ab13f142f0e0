import { formatList } from './formatList.js';

/**
 * The words of the demo's handout and of `demo --plain`, shared by the Markdown and text handouts and the plain
 * stepping so they say the same thing. Names are a persona's `name` ("Dana").
 */
export const demoWords = {
  handoutTitle: (name: string) => `${name}: a demo persona`,
  madeUp: 'A made-up person for a class demo, drawn from what ASRT members said in the survey; not a real student.',
  answersHeading: (name: string) => `${name}'s answers`,
  planIntro: (name: string) => `The plan clinical-path gives ${name}, exactly as it gives it to anyone with these answers:`,
  compareTitle: (first: string, second: string) => `${first} and ${second} compared`,
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
  plainStart: (name: string, story: string) => `Demo: ${name} — ${story}`,
  nothingSaved: 'Nothing is saved in a demo.',
  plainSteps: (name: string, total: number) => `${name} answers ${total} questions, one at a time.`,
  nextQuestion: 'Press Enter for the next question, q then Enter to stop.',
  nextPlan: 'Press Enter for the plan, q then Enter to stop.',
  /** The numbers say which of the options just read out were chosen, for someone who heard the list. */
  personaAnswered: (name: string, answer: string, numbers: readonly number[]) =>
    `${name}'s answer: ${answer}${numbers.length === 0 ? '' : ` (${numbers.length === 1 ? 'number' : 'numbers'} ${formatList(numbers.map(String))})`}`,
  planFollows: (name: string) => `${name}'s plan:`,
  over: 'Demo over. Nothing was saved.',
  stopped: 'Demo stopped. Nothing was saved.',
} as const;
