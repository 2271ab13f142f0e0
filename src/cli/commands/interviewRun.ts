import { commandLine } from '../commandLine.js';
import { loadContentOrFail, openLockedStore } from '../context.js';
import { firstFrame } from '../firstFrame.js';
import { resumeInterview } from '../../store/resumeInterview.js';
import { runAnswersFile } from '../runAnswersFile.js';
import { runPlain } from '../../plain/runPlain.js';
import { shouldUsePlain } from '../../plain/shouldUsePlain.js';
import { wantsAscii } from '../../plain/wantsAscii.js';
import type { Args } from './interviewCommand.js';
import { wantsColor } from '../wantsColor.js';

/** What `interview` does once its arguments are parsed; loaded only when the command runs. */
export async function run(args: Args): Promise<void> {
  const content = await loadContentOrFail(args);
  if (args.answers !== undefined) {
    await runAnswersFile(content, () => openLockedStore(args), args.answers, args);
    return;
  }
  const store = openLockedStore(args);
  const signals = { plain: args.plain, env: process.env, stdinIsTTY: Boolean(process.stdin.isTTY), stdoutIsTTY: Boolean(process.stdout.isTTY) };
  if (shouldUsePlain(signals)) {
    // Plain numbered lines on the same reducer and store; Ink is never loaded (it cannot run without a TTY).
    const ascii = wantsAscii({ ascii: args.ascii, env: process.env, platform: process.platform });
    const io = { input: process.stdin, output: process.stdout, error: process.stderr };
    const code = await runPlain(content, store, io, { ascii, interactive: Boolean(process.stdin.isTTY), commandPrefix: args.commandPrefix });
    if (code !== 0) process.exitCode = code;
    return;
  }
  const resumed = resumeInterview(content.bank, store);
  // Draw the question now, while Ink loads (~0.1 s). Raw mode keeps early keys from echoing; they wait in
  // stdin and reach Ink when it starts reading.
  const large = Boolean(args.large) || process.env.CLINICAL_PATH_THEME === 'large';
  const color = wantsColor({ flag: args.color, env: process.env, isTTY: true });
  // A screen reader would hear the drawn frame, then hear it erased and drawn again by Ink: no first frame for it.
  const screenReader = process.env.INK_SCREEN_READER === 'true';
  const frame = large || screenReader ? null : firstFrame(content.bank, resumed.initial, {
    columns: process.stdout.columns || 80,
    rows: process.stdout.rows || 24,
    color,
    note: resumed.notes.join('\n') || undefined,
    ...(resumed.fresh ? { intro: { command: commandLine(args.commandPrefix) } } : {}),
  });
  if (frame) {
    process.stdin.setRawMode(true);
    // \r and erase-line first: a key pressed while Node started may have been echoed on this line.
    process.stdout.write(`\r\u001B[2K${frame.join('\n')}\n`);
  }
  // Both ends are a terminal, so a person is there: Ink must draw every frame even if CI is set.
  // Ink reads CI once, when it is imported, which happens just below.
  process.env.CI = 'false';
  const { runInteractive } = await import('../runInteractive.js');
  await runInteractive(content, store, resumed, { drawnLines: frame?.length ?? 0, large, color, commandPrefix: args.commandPrefix });
}
