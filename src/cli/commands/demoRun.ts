import { describeAnswer, questionLabel } from '../../core/bank/describeAnswer.js';
import { visibleQuestions } from '../../core/flow/visibility.js';
import type { Persona } from '../../core/persona/personaSchema.js';
import { stripControl } from '../../core/text/stripControl.js';
import type { Content } from '../../core/content.js';
import { CliError, EXIT } from '../CliError.js';
import { loadContentOrFail } from '../context.js';
import { commandLine } from '../commandLine.js';
import { outputPlan } from '../planOutput.js';
import { shouldUsePlain } from '../../plain/shouldUsePlain.js';
import type { Io } from '../Io.js';
import type { TerminalIo } from '../runInteractive.js';
import type { Args } from './demoCommand.js';
import { answerOf } from '../../core/bank/answerOf.js';
import { wantsColor } from '../wantsColor.js';

/** A persona by id, or by name (any case): instructors remember "Dana" as well as "turned-down". */
function findPersona(personas: readonly Persona[], wanted: string): Persona | undefined {
  const w = wanted.trim().toLowerCase();
  return personas.find((p) => p.id === w) ?? personas.find((p) => p.name.toLowerCase() === w);
}

/** Without a terminal (or in plain mode): the story, every answer as "label: answer", then the plan, as plain text. */
async function printDemo(content: Content, persona: Persona, color: boolean | undefined, io: Io): Promise<void> {
  const { bank } = content;
  const lines = [
    `Demo: ${persona.name} — ${persona.story}`,
    'Nothing is saved in a demo.',
    '',
    `${persona.name}'s answers:`,
    ...visibleQuestions(bank, persona.answers).map((q) => `  ${questionLabel(q)}: ${describeAnswer(q, answerOf(persona.answers, q.id))}`),
    '',
  ];
  io.stdout.write(`${lines.map(stripControl).join('\n')}\n`);
  await outputPlan(content, persona.answers, { format: 'text', color }, io);
}

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
  const persona = args.persona === undefined ? undefined : findPersona(personas, args.persona);
  if (args.persona !== undefined && !persona) {
    throw new CliError([`Unknown persona “${stripControl(args.persona)}”. Choose one of: ${ids}.`, seeAll]);
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
    await printDemo(content, persona, args.color, io);
    return EXIT.ok;
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
