import { randomUUID } from 'node:crypto';
import { createWriteStream, readFileSync } from 'node:fs';
import { once } from 'node:events';

const base = JSON.parse(readFileSync(new URL('../fixtures/answers/ct-employed.json', import.meta.url), 'utf8')).answers;
const pick = (list, random) => list[Math.floor(random() * list.length)];
const subset = (list, random) => {
  const chosen = list.filter(() => random() < 0.35);
  return chosen.length > 0 ? chosen : [pick(list, random)];
};

/** A small seeded generator, so every run measures the same input. */
export function seeded(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One valid response for the shipped bank, varying the questions the report compares with ASRT. */
export function syntheticResponse(random) {
  const answers = {
    ...base,
    site_types: subset(['hospital', 'imaging_center', 'large_clinic', 'small_clinic', 'other'], random),
    hipaa_training: pick(['employer', 'clinical_facility', 'educational_program', 'unspecified', 'online', 'not_yet'], random),
    liability_required: pick(['yes', 'no', 'not_sure'], random),
    paid_for_clinicals: pick(['yes', 'no', 'not_yet', 'prefer_not_to_say'], random),
    reflect_watched: pick(['opportunity', 'pressure', 'both', 'not_sure'], random),
    // Exports send the state's US Census region (questions/bank.yaml, coarsen).
    state: pick(['northeast', 'midwest', 'south', 'west'], random),
  };
  if (answers.liability_required === 'yes') answers.liability_source = pick(['employer_policy', 'own_policy', 'school_policy', 'not_arranged'], random);
  return { format: 'clinical-path/response', formatVersion: 1, bank: { id: 'clinical-path', version: '2026.12' }, responseId: randomUUID(), month: '2026-11', answers };
}

/** Writes `count` responses, one per line, to `path`. */
export async function writeResponses(path, count, seed = 1) {
  const random = seeded(seed);
  const out = createWriteStream(path);
  for (let i = 0; i < count; i += 1) {
    if (!out.write(`${JSON.stringify(syntheticResponse(random))}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}
