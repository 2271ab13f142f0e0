import { stripControl } from '../../core/text/stripControl.js';
import { CliError, EXIT } from '../CliError.js';
import { loadContentOrFail } from '../context.js';
import { commandLine } from '../commandLine.js';
import { shouldUsePlain } from '../../plain/shouldUsePlain.js';
import { runPlainDemo } from '../../plain/runPlainDemo.js';
import { wantsAscii } from '../../plain/wantsAscii.js';
import type { Io } from '../Io.js';
import type { TerminalIo } from '../runInteractive.js';
import type { Args } from './demoCommand.js';
import { wantsColor } from '../wantsColor.js';
import { personaOrFail } from '../findPersona.js';
import { writeHandout } from '../writeHandout.js';

/** What `demo` does once its arguments are parsed; loaded only when the command runs. */
export async function run(args: Args, io: Io): Promise<number> {
  // Never openStore(): a demo must not read or write anyone's saved answers.
  const content = await loadContentOrFail(args);
  const { personas } = content;
  if (args.list) {
    for (const p of personas) io.stdout.write(`${stripControl(`${p.id} — ${p.name}: ${p.story}`)}\n`);
    if (personas.length === 0) io.stderr.write('No personas in this question bank (personas/*.yaml).\n');
    return EXIT.ok;
  }
  if (personas.length === 0) throw new CliError(['No personas in this question bank: add personas/*.yaml (see questions/personas/).'], EXIT.incomplete);
  const ids = personas.map((p) => p.id).join(', ');
  const seeAll = `See them all: ${commandLine(args.commandPrefix, 'demo --list')}`;
  const handout = args.format !== undefined || args.out !== undefined || args.compare !== undefined;
  if (handout && (args.format === undefined || args.persona === undefined)) {
    // One line: both ways of getting it wrong (--out or --compare alone, --format alone) have the same fix.
    throw new CliError([`A handout needs a persona and a format: ${commandLine(args.commandPrefix, 'demo --persona ID --format markdown --out FILE')} (one of: ${ids}).`]);
  }
  const persona = args.persona === undefined ? undefined : personaOrFail(personas, args.persona);
  if (handout && persona && args.format) {
    const other = args.compare === undefined ? undefined : personaOrFail(personas, args.compare);
    if (other?.id === persona.id) throw new CliError([`--compare needs a persona other than ${stripControl(persona.name)}: one of ${personas.filter((p) => p !== persona).map((p) => p.id).join(', ')}.`]);
    await writeHandout(content, persona, other, args.format, args.out, io);
    return EXIT.ok;
  }
  const autoplay = args.autoplay;
  if (autoplay !== undefined && !(Number.isFinite(autoplay) && autoplay > 0)) {
    throw new CliError(['--autoplay takes a number of seconds greater than 0, e.g. --autoplay 5.']);
  }

  // The same choice as the interview: no terminal at either end, --plain, ACCESSIBLE or TERM=dumb print plain text.
  const plain = shouldUsePlain({ plain: args.plain, env: io.env, stdinIsTTY: Boolean(io.stdin.isTTY), stdoutIsTTY: Boolean(io.stdout.isTTY) });
  if (plain) {
    if (!persona) {
      throw new CliError([`Without a terminal (or with --plain), name a persona: ${commandLine(args.commandPrefix, 'demo --persona ID')} (one of: ${ids}).`, seeAll]);
    }
    const ascii = wantsAscii({ ascii: args.ascii, env: io.env, platform: process.platform });
    return runPlainDemo(content, persona, { input: io.stdin, output: io.stdout, error: io.stderr }, { ascii });
  }
  // Both ends are terminals (shouldUsePlain said so).
  const tty = io as TerminalIo;
  // Raw mode before Ink loads, as the interview does: keys pressed meanwhile are not echoed onto the
  // projector, and Enter stays Enter (a terminal in line mode turns it into a line feed); they wait for Ink.
  tty.stdin.setRawMode(true);
  // A person is at the terminal: Ink must draw every frame even if CI is set (Ink reads CI when imported, below).
  process.env.CI = 'false';
  const [{ runDemo }, { chooseTheme }] = await Promise.all([import('../runDemo.js'), import('../../ui/theme.js')]);
  return runDemo(
    content,
    { persona, autoplay, theme: chooseTheme(args.large, io.env), color: wantsColor({ flag: args.color, env: io.env, isTTY: true }) },
    tty,
  );
}
