import { closeSync, createReadStream, createWriteStream, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { isDash } from '../files/dash.js';
import { isClosedPipe } from './endQuietlyOnClosedPipe.js';
import { isSpecialFile } from './isSpecialFile.js';
import { isFifo, openFifoWriter } from './fifoOutput.js';
import { refuseFolder } from './refuseFolder.js';
import { writeFailure } from './writeOutput.js';

const CHUNK = 1 << 16;

/**
 * Output that may be large and must appear whole or not at all: lines go to a temporary file
 * (beside --out, so the final rename is atomic), then `commit` moves it into place or copies it
 * to `stdout`, and `discard` removes it. The file is readable only by the user.
 */
export function stagedOutput(out: string | undefined, stdout: NodeJS.WritableStream) {
  const toStdout = !out || isDash(out);
  if (!toStdout) refuseFolder(out);
  const inPlace = !toStdout && isSpecialFile(out);
  // Opened now, so a FIFO nobody reads is refused before any work is done (fifoOutput.ts says why non-blocking).
  const fifo = !toStdout && isFifo(out) ? openFifoWriter(out) : null;
  const temporary = join(toStdout || inPlace ? tmpdir() : dirname(out), `.clinical-path-${process.pid}-${Date.now()}.tmp`);
  let fd: number;
  try {
    fd = openSync(temporary, 'wx', 0o600);
  } catch (error) {
    throw writeFailure(out ?? 'the output', error);
  }
  const name = out ?? 'the output';
  let buffer = '';
  const flush = () => {
    try {
      writeSync(fd, buffer);
    } catch (error) {
      throw writeFailure(toStdout || inPlace ? `a temporary file for ${name} (${temporary})` : name, error);
    }
    buffer = '';
  };
  return {
    write(text: string) {
      buffer += text;
      if (buffer.length >= CHUNK) flush();
    },
    /** Throws a CliError naming the file when the write fails (a full disk); the caller then calls discard. */
    async commit() {
      flush();
      closeSync(fd);
      try {
        if (toStdout || inPlace) {
          await pipeline(createReadStream(temporary), toStdout ? stdout : (fifo ?? createWriteStream(out)), { end: !toStdout });
          rmSync(temporary, { force: true });
        } else {
          renameSync(temporary, out);
        }
      } catch (error) {
        // The pipe error reaches us here as a rejection, not as the stream error main.ts listens for: the reader of
        // stdout quit (`| head`) with what it wanted, so the temporary file goes as after any copy, and no error.
        if (toStdout && isClosedPipe(error)) {
          rmSync(temporary, { force: true });
          return;
        }
        throw writeFailure(name, error);
      }
    },
    discard() {
      fifo?.destroy();
      try {
        closeSync(fd);
      } catch {
        // already closed by commit
      }
      rmSync(temporary, { force: true });
    },
  };
}
