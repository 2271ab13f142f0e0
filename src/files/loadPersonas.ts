import { say, wordProblem } from '../messages/en.js';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BankProblem } from '../core/bank/parseBank.js';
import { issuesToProblems } from '../core/bank/parseBank.js';
import type { Bank } from '../core/bank/schema.js';
import { checkPersona } from '../core/persona/checkPersona.js';
import { personaFileSchema, type Persona } from '../core/persona/personaSchema.js';
import { readYamlFile } from './readYamlFile.js';
import { SIZE_LIMITS } from './sizeLimits.js';
import { describeFsError } from './describeFsError.js';

/** Reads personas/*.yaml in name order; each must be a complete, valid interview. No folder: no personas. */
export function loadPersonas(dir: string, shownAs: string, bank: Bank): { ok: true; personas: Persona[] } | { ok: false; problems: BankProblem[] } {
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => /\.ya?ml$/.test(n)).sort();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { ok: true, personas: [] };
    return { ok: false, problems: [{ file: shownAs, message: code === 'ENOTDIR' ? 'is a file; personas/ must be a folder of .yaml files' : describeFsError(error) }] };
  }
  const problems: BankProblem[] = [];
  const personas: Persona[] = [];
  for (const name of names) {
    const file = join(shownAs, name);
    const read = readYamlFile(join(dir, name), SIZE_LIMITS.persona);
    if (!read.ok) {
      problems.push({ file, message: read.message });
      continue;
    }
    const parsed = personaFileSchema.safeParse(read.data);
    if (!parsed.success) {
      problems.push(...issuesToProblems(file, parsed.error.issues, read.data).map(wordProblem));
      continue;
    }
    const checked = checkPersona(bank, parsed.data);
    problems.push(...checked.problems.map((p) => ({ file, field: p.field, message: say(p.problem) })));
    if (checked.persona) {
      if (personas.some((p) => p.id === checked.persona?.id)) problems.push({ file, field: 'id', message: `duplicate persona id “${checked.persona.id}”` });
      else personas.push(checked.persona);
    }
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, personas };
}
