import { INTRO_START, introLines } from '../messages/intro.js';
import { PLAIN_KEYS, TYPE_BACK } from './plainKeys.js';

/**
 * The intro as plain mode prints it: the shared words, how to answer here, and, when a person is typing (`waits`),
 * that Enter starts. With input from a pipe nobody can press Enter, so the first question follows straight away.
 */
export function introScreen(command: string, waits: boolean): string[] {
  return [
    ...introLines({ quitKey: 'Ctrl+C', command }),
    `Answer each question by typing a number, or your own words, and pressing Enter. ${TYPE_BACK}, or ${PLAIN_KEYS.repeat} to list the options again.`,
    ...(waits ? [INTRO_START] : []),
  ];
}
