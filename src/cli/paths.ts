import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The question bank shipped with the app: `questions/` beside `dist/` and `src/`. The bundle runs from `dist/`, one
 * folder down; the sources (run in-process by the tests) from `src/cli/`, two down.
 */
export function shippedQuestionsDir(): string {
  const bundled = fileURLToPath(new URL('../questions', import.meta.url));
  return existsSync(bundled) ? bundled : fileURLToPath(new URL('../../questions', import.meta.url));
}

/**
 * Where answers are saved unless `--store` or CLINICAL_PATH_HOME says otherwise:
 * the platform's per-user config folder (the same place conf would choose).
 */
export function defaultStoreDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (env.CLINICAL_PATH_HOME) return env.CLINICAL_PATH_HOME;
  // os.homedir() reads HOME of this process on POSIX; the environment given may be another (a test's).
  const home = (platform !== 'win32' && env.HOME) || homedir();
  if (platform === 'darwin') return join(home, 'Library', 'Preferences', 'clinical-path');
  // An empty or relative setting is ignored (as the XDG spec says): it would put answers in whatever folder the person is in.
  const usable = (dir: string | undefined) => (dir && isAbsolute(dir) ? dir : undefined);
  if (platform === 'win32') return join(usable(env.APPDATA) ?? join(home, 'AppData', 'Roaming'), 'clinical-path', 'Config');
  return join(usable(env.XDG_CONFIG_HOME) ?? join(home, '.config'), 'clinical-path');
}

/**
 * Where `serve` keeps its database and staff token unless `--db` and `--token-file` say otherwise: the platform's
 * per-user data folder (XDG_DATA_HOME, Application Support, LOCALAPPDATA), apart from the technologist's answers.
 */
export function defaultServerDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  const home = (platform !== 'win32' && env.HOME) || homedir();
  const usable = (dir: string | undefined) => (dir && isAbsolute(dir) ? dir : undefined);
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', 'clinical-path-server');
  if (platform === 'win32') return join(usable(env.LOCALAPPDATA) ?? join(home, 'AppData', 'Local'), 'clinical-path-server');
  return join(usable(env.XDG_DATA_HOME) ?? join(home, '.local', 'share'), 'clinical-path-server');
}
