import { commandLine } from '../commandLine.js';
import { loadContentOrFail, openLockedStore } from '../context.js';
import { firstFrame } from '../firstFrame.js';
import { resumeInterview } from '../../store/resumeInterview.js';
import { runPlain } from '../../plain/runPlain.js';
import { shouldUsePlain } from '../../plain/shouldUsePlain.js';
import { wantsAscii } from '../../plain/wantsAscii.js';
import type { Io } from '../Io.js';
import type { Content } from '../../core/content.js';
import type { TerminalIo } from '../runInteractive.js';
import type { Args } from './interviewCommand.js';
import { wantsColor } from '../wantsColor.js';
import { EXIT } from '../CliError.js';
import { offerSubmit } from '../submit/offerSubmit.js';
import { retryOnStart, type StartedRetry } from '../submit/retryOnStart.js';
import { surveyUrl } from '../submit/surveyUrl.js';
import { inviteCode } from '../submit/inviteCode.js';

/**
 * What `interview` does once its arguments are parsed; loaded only when the command runs. A response waiting to be
 * sent (submit's outbox) is retried in the background while the person answers (retryOnStart); with --survey URL,
 * the end offers to send this one (with --invite CODE, a class's or an invite code, passed on to that submit).
 */
export async function run(args: Args, io: Io): Promise<number> {
  // A mistyped survey address is said before the interview, not after it.
  const survey = args.survey ?? (io.env.CLINICAL_PATH_SURVEY || undefined);
  const surveyAt = survey === undefined ? undefined : surveyUrl(survey).href;
  if (args.invite !== undefined) inviteCode(args.invite);
  const content = await loadContentOrFail(args);
  let retry: StartedRetry | undefined;
  let code: number;
  try {
    // --answers reads YAML; loaded only then, so the interview's first frame does not wait for the YAML parser.
    code =
      args.answers !== undefined
        ? await (await import('../runAnswersFile.js')).runAnswersFile(content, () => openLockedStore(args, io.env), args.answers, args, io)
        : await interview(content, args, io, (started) => (retry = started));
  } finally {
    // After the last screen: what the background retry came to, in one line.
    for (const line of (await retry?.finish()) ?? []) io.stderr.write(`${line}\n`);
  }
  return surveyAt !== undefined && code === EXIT.ok ? offerSubmit(surveyAt, args, io, code) : code;
}

/** The interview itself, full-screen or plain; `started` receives the outbox retry begun before its first screen. */
async function interview(content: Content, args: Args, io: Io, started: (retry: StartedRetry) => void): Promise<number> {
  const store = openLockedStore(args, io.env);
  const signals = { plain: args.plain, env: io.env, stdinIsTTY: Boolean(io.stdin.isTTY), stdoutIsTTY: Boolean(io.stdout.isTTY) };
  if (shouldUsePlain(signals)) {
    // Plain numbered lines on the same reducer and store; Ink is never loaded (it cannot run without a TTY).
    const ascii = wantsAscii({ ascii: args.ascii, env: io.env, platform: process.platform });
    const plainIo = { input: io.stdin, output: io.stdout, error: io.stderr };
    const onResumed = () => {
      const retry = retryOnStart(store, args.commandPrefix);
      started(retry);
      return retry.note === null ? [] : [retry.note];
    };
    return runPlain(content, store, plainIo, { ascii, interactive: Boolean(io.stdin.isTTY), commandPrefix: args.commandPrefix, onResumed });
  }
  // Both ends are terminals (shouldUsePlain said so), so a person is there: Ink must draw every frame even if CI
  // is set. Ink reads CI once, when it is imported, which starts here: its files are read while the first frame is built.
  const tty = io as TerminalIo;
  process.env.CI = 'false';
  const interactive = import('../runInteractive.js');
  const resumed = resumeInterview(content.bank, store);
  // Before the first frame, as a line of its own: nothing is written to the screen once Ink draws.
  const retry = retryOnStart(store, args.commandPrefix);
  started(retry);
  if (retry.note !== null) io.stderr.write(`${retry.note}\n`);
  // Draw the question now, while Ink loads (~0.1 s). Raw mode keeps early keys from echoing; they wait in
  // stdin and reach Ink when it starts reading.
  const large = Boolean(args.large) || io.env.CLINICAL_PATH_THEME === 'large';
  const color = wantsColor({ flag: args.color, env: io.env, isTTY: true });
  // A screen reader would hear the drawn frame, then hear it erased and drawn again by Ink: no first frame for it.
  const screenReader = io.env.INK_SCREEN_READER === 'true';
  const frame = large || screenReader ? null : firstFrame(content.bank, resumed.initial, {
    columns: tty.stdout.columns || 80,
    rows: tty.stdout.rows || 24,
    color,
    note: resumed.notes.join('\n') || undefined,
    ...(resumed.fresh ? { intro: { command: commandLine(args.commandPrefix) } } : {}),
  });
  if (frame) {
    tty.stdin.setRawMode(true);
    // \r and erase-line first: a key pressed while Node started may have been echoed on this line.
    tty.stdout.write(`\r\u001B[2K${frame.join('\n')}\n`);
  }
  const { runInteractive } = await interactive;
  return runInteractive(content, store, resumed, { drawnLines: frame?.length ?? 0, large, color, commandPrefix: args.commandPrefix }, tty);
}
