import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { decodeText, type TextProblem } from './decodeText.js';
import { describeFsError } from './describeFsError.js';
import { specialFileReason } from './specialFile.js';
import { tooLarge, type SizeLimit } from './sizeLimits.js';

export type TextRead = { ok: true; text: string } | ({ ok: false } & TextProblem);

const CHUNK = 64 * 1024;

/**
 * Reads a small text file for parsing, or says in words why it cannot be used: missing, a folder,
 * unreadable, larger than `limit`, empty, binary, or not UTF-8. A UTF-8 byte-order mark is dropped.
 * Regular files over the limit are refused from their size without being read. FIFOs, sockets and devices are
 * refused: the open is non-blocking, so a FIFO with no writer cannot stop the process (or its signal handlers)
 * before fstat tells us what it is.
 */
export function readTextFile(path: string, limit: SizeLimit): TextRead {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    return { ok: false, reason: describeOpenError(error) };
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) return { ok: false, reason: 'is a directory, not a file' };
    const special = specialFileReason(stat);
    if (special) return { ok: false, reason: special };
    if (stat.isFile() && stat.size > limit.bytes) return { ok: false, reason: tooLarge(stat.size, limit) };
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(CHUNK);
      const read = readSync(fd, chunk, 0, CHUNK, null);
      if (read === 0) break;
      total += read;
      if (total > limit.bytes) return { ok: false, reason: tooLarge(undefined, limit) };
      chunks.push(chunk.subarray(0, read));
    }
    const decoded = decodeText(Buffer.concat(chunks, total));
    if (!decoded.ok) return decoded;
    if (decoded.text.trim() === '') return { ok: false, reason: 'is empty' };
    return decoded;
  } catch (error) {
    return { ok: false, reason: describeFsError(error) };
  } finally {
    closeSync(fd);
  }
}

/** The wording the `--answers` and bank messages have always used for the two common cases. */
function describeOpenError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return 'file not found';
  if (code === 'EISDIR') return 'is a directory, not a file';
  return describeFsError(error);
}
