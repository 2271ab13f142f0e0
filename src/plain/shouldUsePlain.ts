/** What decides between the Ink interview and plain numbered lines. */
export interface ModeSignals {
  /** The `--plain` option. */
  plain?: boolean;
  env: Readonly<Record<string, string | undefined>>;
  stdinIsTTY: boolean;
  stdoutIsTTY: boolean;
}

/** ACCESSIBLE counts when set to anything but empty, `0` or `false` (any case). */
function isOn(value: string | undefined): boolean {
  if (value === undefined) return false;
  const v = value.trim().toLowerCase();
  return v !== '' && v !== '0' && v !== 'false';
}

/**
 * Plain line mode: asked for (`--plain`, `ACCESSIBLE`), a terminal that cannot draw (`TERM=dumb`),
 * or no terminal at one end (a pipe, a script, CI), where Ink cannot run at all.
 */
export function shouldUsePlain({ plain, env, stdinIsTTY, stdoutIsTTY }: ModeSignals): boolean {
  return plain === true || isOn(env.ACCESSIBLE) || env.TERM === 'dumb' || !stdinIsTTY || !stdoutIsTTY;
}
