import { homedir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The question bank shipped with the app: `questions/` beside `dist/` and `src/`. */
export function shippedQuestionsDir(): string {
  return fileURLToPath(new URL('../questions', import.meta.url));
}

/**
 * Where answers are saved unless `--store` or CLINICAL_PATH_HOME says otherwise:
 * the platform's per-user config folder (the same place conf would choose).
 */
export function defaultStoreDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (env.CLINICAL_PATH_HOME) return env.CLINICAL_PATH_HOME;
  const home = homedir();
  if (platform === 'darwin') return join(home, 'Library', 'Preferences', 'clinical-path');
  // An empty or relative setting is ignored (as the XDG spec says): it would put answers in whatever folder the person is in.
  const usable = (dir: string | undefined) => (dir && isAbsolute(dir) ? dir : undefined);
  if (platform === 'win32') return join(usable(env.APPDATA) ?? join(home, 'AppData', 'Roaming'), 'clinical-path', 'Config');
  return join(usable(env.XDG_CONFIG_HOME) ?? join(home, '.config'), 'clinical-path');
}
