/** Why bytes are not usable text; `line` (1-based) when the problem has a place in the file. */
export type TextProblem = { reason: string; line?: number };
export type Decoded = { ok: true; text: string } | ({ ok: false } & TextProblem);

const SAVE_AS_UTF8 = 'save it as UTF-8 and try again';

/** Byte-order marks that mean the file is not UTF-8; UTF-32 first, since its LE mark starts like UTF-16's. */
const FOREIGN_BOMS: [number[], string][] = [
  [[0xff, 0xfe, 0x00, 0x00], 'UTF-32'],
  [[0x00, 0x00, 0xfe, 0xff], 'UTF-32'],
  [[0xff, 0xfe], 'UTF-16'],
  [[0xfe, 0xff], 'UTF-16'],
];

/** How much of the start is sniffed for binary data, as git and grep do. */
const SNIFF_BYTES = 8000;

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * What is wrong with the start of a file, judged from its first bytes: another encoding's byte-order
 * mark, text saved as UTF-16 without one (every other byte NUL), or binary data (a NUL byte early on).
 */
export function sniffStart(bytes: Uint8Array): TextProblem | undefined {
  for (const [mark, name] of FOREIGN_BOMS) {
    if (mark.every((b, i) => bytes[i] === b)) return { reason: `is saved as ${name}; ${SAVE_AS_UTF8}` };
  }
  const head = bytes.subarray(0, SNIFF_BYTES);
  if (!head.includes(0)) return undefined;
  const nuls = [0, 0];
  head.forEach((b, i) => {
    if (b === 0) nuls[i % 2]! += 1;
  });
  const [even = 0, odd = 0] = nuls;
  // ASCII text in UTF-16 has a NUL in every other byte, all on the same side.
  if (Math.max(even, odd) >= head.length / 4 && Math.min(even, odd) === 0) return { reason: `looks like UTF-16 text; ${SAVE_AS_UTF8}` };
  return { reason: 'is not a text file (it holds binary data)' };
}

/**
 * Bytes to text, strictly: a UTF-8 byte-order mark is dropped (Windows editors add one); another
 * encoding, binary data or a byte that is not UTF-8 is refused with the line where it is.
 */
export function decodeText(bytes: Uint8Array): Decoded {
  const sniffed = sniffStart(bytes);
  if (sniffed) return { ok: false, ...sniffed };
  const nul = bytes.indexOf(0);
  if (nul !== -1) return { ok: false, line: lineAt(bytes, nul), reason: 'holds binary data (a NUL byte); is this a text file?' };
  try {
    return { ok: true, text: utf8.decode(bytes) };
  } catch {
    const at = firstInvalidByte(bytes);
    const byte = bytes[at]!.toString(16).toUpperCase().padStart(2, '0');
    return { ok: false, line: lineAt(bytes, at), reason: `not UTF-8 text (byte 0x${byte}; saved as Latin-1 or Windows-1252?); ${SAVE_AS_UTF8}` };
  }
}

/** 1-based line of the byte at `offset`. */
export function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = bytes.indexOf(10); i !== -1 && i < offset; i = bytes.indexOf(10, i + 1)) line += 1;
  return line;
}

/**
 * Where decoding first fails. TextDecoder does not say, but a prefix decoded in streaming mode throws
 * only once it holds a bad sequence, so the shortest failing prefix is found by bisection.
 */
function firstInvalidByte(bytes: Uint8Array): number {
  let good = 0;
  let bad = bytes.length;
  while (bad - good > 1) {
    const mid = Math.floor((good + bad) / 2);
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid), { stream: true });
      good = mid;
    } catch {
      bad = mid;
    }
  }
  // The byte that made the prefix fail may only end a sequence begun earlier (é in Latin-1, then a
  // newline): name the lead byte of that unfinished sequence, which is the one the person must fix.
  for (let i = bad - 2; i >= Math.max(0, bad - 4); i -= 1) {
    const lead = bytes[i]!;
    if (lead >= 0xc0) return i + (lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : 2) > bad - 1 ? i : bad - 1;
    if (bytes[i]! < 0x80) break;
  }
  return bad - 1;
}
