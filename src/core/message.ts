import type { ContentProblemCode } from './contentProblem.js';
import type { AnswerFileProblem } from './flow/validateAnswers.js';
import type { PersonaProblemCode } from './persona/checkPersona.js';
import type { ResponseRefusal } from './survey/validateResponse.js';

/**
 * Everything the core has to say, as a code with the data to word it. The core speaks no language: src/messages
 * turns each code into words (src/messages/en.ts), so a translation, or a web page reusing the core, words them its way.
 */
export type Message = AnswerFileProblem | PersonaProblemCode | ResponseRefusal | ContentProblemCode;

export type MessageCode = Message['code'];

/** One function per code, given that code's data: a code without words is a compile error (clack's `settings.messages`). */
export type MessagesFor<M extends { code: string }> = { [C in M['code']]: (message: Extract<M, { code: C }>) => string };
