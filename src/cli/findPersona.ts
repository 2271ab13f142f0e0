import type { Persona } from '../core/persona/personaSchema.js';
import { stripControl } from '../core/text/stripControl.js';
import { CliError } from './CliError.js';

/** A persona by id, or by name (any case): instructors remember "Dana" as well as "turned-down". */
export function findPersona(personas: readonly Persona[], wanted: string): Persona | undefined {
  const w = wanted.trim().toLowerCase();
  return personas.find((p) => p.id === w) ?? personas.find((p) => p.name.toLowerCase() === w);
}

/** The persona `wanted` names, or one line (exit 2) listing every persona by id and name, so the next try is right. */
export function personaOrFail(personas: readonly Persona[], wanted: string): Persona {
  const found = findPersona(personas, wanted);
  if (found) return found;
  const choices = personas.map((p) => `${p.id} (${p.name})`).join(', ');
  throw new CliError([`Unknown persona “${stripControl(wanted)}”. Choose one of: ${choices}.`]);
}
