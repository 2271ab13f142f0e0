import { questionHeading } from './questionHeading.js';

/**
 * What a screen reader is told, in words rather than symbols (↑↓ and ❯ read badly). src/ui/spokenScreen.ts decides
 * what is said and when; these are the words.
 */
export const spokenWords = {
  /** "Question 2 of 7, Your site." */
  where: (index: number, total: number, section: string) => `${questionHeading({ index, total, section }, ', ')}.`,
  review: (count: number, keys: string) => `Review your answers: ${count}. ${keys}`,
  ticked: ' Ticked.',
  notTicked: ' Not ticked.',
  currentAnswer: ' Your current answer.',
  /** "2 of 4: Sonography student." then the hint, the note and the state, each already a sentence. */
  row: (position: number, count: number, label: string, rest: string) => `${position} of ${count}: ${label}.${rest}`,
};
