import { readFileSync } from 'node:fs';
import { parseDocument } from 'yaml';

export type YamlRead = { ok: true; data: unknown } | { ok: false; message: string };

/** Reads one YAML (or JSON) file; a syntax error is reported with its line, never thrown. */
export function readYamlFile(path: string): YamlRead {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'file not found' : code === 'EISDIR' ? 'is a directory, not a file' : code === 'EACCES' ? 'permission denied' : String(code ?? error);
    return { ok: false, message: reason };
  }
  const source = text.replace(/^\uFEFF/, '');
  const doc = parseDocument(source, { uniqueKeys: true, prettyErrors: false });
  const first = doc.errors[0];
  if (first) {
    const line = source.slice(0, first.pos[0]).split('\n').length;
    return { ok: false, message: `line ${line}: ${first.message.split('\n')[0]}` };
  }
  return { ok: true, data: doc.toJS({ maxAliasCount: 100 }) };
}
