import type { Message, MessagesFor } from '../core/message.js';
import { answerFileProblems, answerRefusals } from './answerWords.js';
import { contentProblems } from './contentWords.js';
import { responseRefusals } from './responseWords.js';

/**
 * English for every code the core returns, one function per code (clack's `settings.messages`): typed by
 * `Message`, so a code the core gains without words here is a compile error. Another language is another object
 * of this type. The words live in small files by who reads them; this object only gathers them.
 */
export const en: MessagesFor<Message> = { ...answerRefusals, ...answerFileProblems, ...responseRefusals, ...contentProblems };

/** A problem located in a file, its code worded: what the CLI prints. */
export function wordProblem<P extends { problem: Message }>({ problem, ...where }: P): Omit<P, 'problem'> & { message: string } {
  return { ...where, message: say(problem) };
}

/** A code from the core in English. */
export function say(message: Message): string {
  return (en[message.code] as (m: Message) => string)(message);
}
