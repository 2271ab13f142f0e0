/** What decides between typographic punctuation (`—`, `“”`, `·`) and plain ASCII. */
export interface AsciiSignals {
  /** The `--ascii` option; `--no-ascii` (false) keeps typographic punctuation whatever the locale. */
  ascii?: boolean;
  env: Readonly<Record<string, string | undefined>>;
  /** `process.platform`: Windows consoles show Unicode whatever the locale variables say (they are rarely set). */
  platform: string;
}

/**
 * ASCII when asked for (`--ascii`; `--no-ascii` says no), or else when the locale cannot show anything else: the
 * first of LC_ALL, LC_CTYPE and LANG that is set (POSIX's order) names no UTF-8 character set, or none is set at all
 * (the "C" locale) outside Windows. There `—` would print as `â€"` or `?`, and a screen reader would read the mess.
 */
export function wantsAscii({ ascii, env, platform }: AsciiSignals): boolean {
  if (ascii !== undefined) return ascii;
  const locale = [env.LC_ALL, env.LC_CTYPE, env.LANG].find((v) => v !== undefined && v !== '');
  if (locale === undefined) return platform !== 'win32';
  return !/utf-?8/i.test(locale);
}
