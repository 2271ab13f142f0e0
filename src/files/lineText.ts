import { decodeText, type TextProblem } from './decodeText.js';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The text of one line (bytes `start` to `end`), or why it is not text. Decoded leniently, which is
 * fast; only a line where the lenient decode put a U+FFFD replacement character is decoded again
 * strictly, since that is the only way invalid UTF-8 shows (a U+FFFD that was really there passes).
 */
export function lineText(bytes: Buffer, start: number, end: number): string | TextProblem {
  const text = bytes.toString('utf8', start, end);
  if (text.includes('\0')) return { reason: 'holds binary data (a NUL byte)' };
  // The strict decoder drops a leading byte-order mark, as TextDecoder does: lines read the same either way.
  if (!text.includes('\uFFFD')) return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const exact = bytes.subarray(start, end);
  try {
    return utf8.decode(exact);
  } catch {
    const decoded = decodeText(exact);
    return decoded.ok ? decoded.text : decoded;
  }
}
