import { LineCounter, parseDocument, visit, type YAMLError } from 'yaml';
import { lineOfOffset } from './lineOfOffset.js';
import { findTooDeep } from './findTooDeep.js';
import { readTextFile } from './readTextFile.js';
import { MAX_NESTING, type SizeLimit } from './sizeLimits.js';

export type YamlRead = { ok: true; data: unknown } | { ok: false; message: string };

/** Anchors and aliases may be used, but a few nested ones can expand to billions of values ("billion laughs"). */
const MAX_ALIASES = 100;

/** Reads one YAML (or JSON) file; any problem comes back as one plain line, with its line number when it has one. */
export function readYamlFile(path: string, limit: SizeLimit): YamlRead {
  const read = readTextFile(path, limit);
  if (!read.ok) return fail(read.line, read.reason);
  return parseYamlText(read.text);
}

/** YAML text to plain data; never throws for anything in the text. */
export function parseYamlText(text: string): YamlRead {
  const deep = findTooDeep(text, MAX_NESTING);
  if (deep !== undefined) return fail(lineOfOffset(text, deep), tooDeep);
  const lines = new LineCounter();
  let doc: ReturnType<typeof parseDocument>;
  try {
    doc = parseDocument(text, { uniqueKeys: true, prettyErrors: false, lineCounter: lines });
  } catch (error) {
    // The parser reports deep nesting as an error itself; this is in case a version throws it instead.
    if (error instanceof RangeError) return fail(undefined, tooDeep);
    throw error;
  }
  const first = doc.errors[0];
  if (first) return fail(lines.linePos(first.pos[0]).line, describeYamlError(first, text));
  try {
    return { ok: true, data: doc.toJS({ maxAliasCount: MAX_ALIASES }) };
  } catch (error) {
    let aliasAt: number | undefined;
    visit(doc, {
      Alias(_, node) {
        aliasAt = node.range?.[0];
        return visit.BREAK;
      },
    });
    const line = aliasAt === undefined ? undefined : lines.linePos(aliasAt).line;
    const message = error instanceof Error ? error.message : String(error);
    if (error instanceof RangeError) return fail(line, tooDeep);
    if (/excessive alias/i.test(message)) return fail(line, `too many aliases: the *references expand to more than ${MAX_ALIASES} copies; write the values out instead`);
    if (/unresolved alias/i.test(message)) return fail(line, `an *alias names an anchor that is not set before it (${message.split(': ').at(-1)})`);
    return fail(line, message.split('\n')[0]!);
  }
}

const tooDeep = `nested too deeply (more than ${MAX_NESTING} levels of brackets or indentation)`;

function fail(line: number | undefined, reason: string): YamlRead {
  return { ok: false, message: line === undefined ? reason : `line ${line}: ${reason}` };
}

/** The parser's wording where it is plain enough; our own where it names parser internals. */
function describeYamlError(error: YAMLError, text: string): string {
  if (error.code === 'DUPLICATE_KEY') {
    const key = /^("(?:[^"\\\n]|\\.)*"|'[^'\n]*'|[^:\n]*)/.exec(text.slice(error.pos[0]))?.[1]?.trim().replace(/^["']|["']$/g, '');
    return `the key “${key}” appears twice; Map keys must be unique`;
  }
  if (error.code === 'RESOURCE_EXHAUSTION') return tooDeep;
  if (error.code === 'MULTIPLE_DOCS') return 'holds more than one YAML document (a second ---); keep only one';
  return error.message.split('\n')[0]!;
}
