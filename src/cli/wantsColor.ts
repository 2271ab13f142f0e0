/** What the colour decision reads: the --color flag (false for --no-color), the environment and where output goes. */
export interface ColorSignals {
  flag: boolean | undefined;
  env: Readonly<Record<string, string | undefined>>;
  /** Output goes to a terminal (the interview and the demo always do; a plan or report may go to a pipe or a file). */
  isTTY: boolean;
}

/**
 * Whether to draw colour: the one decision behind every command and screen. `--no-color`, `NO_COLOR` (any non-empty
 * value, as no-color.org says) and `FORCE_COLOR=0` (chalk's off switch, which Ink's chalk obeys too) turn it off;
 * otherwise only a terminal gets colour. FORCE_COLOR=1 does not colour a pipe: a plan piped into a file is read as text.
 */
export function wantsColor({ flag, env, isTTY }: ColorSignals): boolean {
  if (flag === false || Boolean(env.NO_COLOR)) return false;
  if (env.FORCE_COLOR === '0' || env.FORCE_COLOR === 'false') return false;
  return isTTY;
}
