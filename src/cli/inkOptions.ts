import type { RenderOptions } from 'ink';
import type { TerminalIo } from './runInteractive.js';

/**
 * How every full-screen view (interview, demo, class poll) starts Ink: on the terminal it is given, and Ctrl+C left to
 * the view, which saves before it ends. Frames come at up to 60 a second, what terminals redraw at (Bubble Tea's
 * default too): Ink's own 30 held a key's answer back up to 33 ms whenever it came soon after the last frame, as the
 * first key on a freshly drawn question often does.
 */
export function inkOptions(io: TerminalIo): RenderOptions {
  return { stdin: io.stdin, stdout: io.stdout, stderr: io.stderr as NodeJS.WriteStream, exitOnCtrlC: false, maxFps: 60 };
}
