import type { CommandPrefix } from './commandName.js';

/**
 * A command to show the person: the prefix that works in their setup and what follows it ("npx clinical-path plan").
 * With nothing after it, `npm start --` is just `npm start`. Without a prefix (a run function called directly, as tests
 * do) it is the installed name.
 */
export function commandLine(prefix: CommandPrefix | undefined, rest = ''): string {
  const start = prefix ?? 'clinical-path';
  if (rest === '') return start === 'npm start --' ? 'npm start' : start;
  return `${start} ${rest}`;
}
