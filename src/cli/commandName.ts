/** How the person started clinical-path, as the words they would type to start it again. */
export type CommandPrefix = 'npx clinical-path' | 'npm start --' | 'clinical-path';

/**
 * The command that works where the person is, read from the npm variables of the environment it is given
 * (never from process.env itself, so tests can hand it any setup). Measured with npm 10 and 11:
 * - `npx clinical-path` and `npm exec clinical-path` set npm_lifecycle_event=npx (npm_command=exec), whether the bin
 *   is installed in the folder or fetched into npx's cache;
 * - `npm start` and `npm run start` in a clone set npm_lifecycle_event=start and npm_package_name=clinical-path
 *   (another project's start script that calls us has its own package name: there `clinical-path` is on its PATH);
 * - a global install, or any other way in, sets none of them.
 * `npm start` needs `--` before our options, or npm takes `--format` and the like for itself.
 */
export function commandName(env: Readonly<Record<string, string | undefined>>): CommandPrefix {
  if (env.npm_lifecycle_event === 'npx') return 'npx clinical-path';
  if (env.npm_lifecycle_event === 'start' && env.npm_package_name === 'clinical-path') return 'npm start --';
  return 'clinical-path';
}
