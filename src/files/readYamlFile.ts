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
  const doc = parseDocument(text.replace(/^\uFEFF/, ''), { uniqueKeys: true, prettyErrors: false });
  const first = doc.errors[0];
  if (first) {
    const line = first.linePos?.[0]?.line;
    return { ok: false, message: `${line ? `line ${line}: ` : ''}${first.message.split('\n')[0]}` };
  }
  return { ok: true, data: doc.toJS({ maxAliasCount: 100 }) };
}
