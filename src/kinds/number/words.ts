import type { MessagesFor } from '../../core/message.js';
import type { NumberRefusal } from './core.js';

/** The number kind's refusals in English; src/messages/answerWords.ts gathers them with the other kinds' words. */
export const numberRefusalWords: MessagesFor<NumberRefusal> = {
  typeNumber: ({ min, max }) => `Type a number from ${min} to ${max}, or go back.`,
  wholeNumber: ({ min, max }) => `Type a whole number from ${min} to ${max}, digits only.`,
  aboveMax: ({ value, max, unit }) => `${value} is more than ${max} ${unit}: type ${max} or less.`,
  belowMin: ({ value, min, unit }) => `${value} is less than ${min} ${unit}: type ${min} or more.`,
};
