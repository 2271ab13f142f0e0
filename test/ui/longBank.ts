import { questionSchema, type Bank } from '../../src/core/bank/schema.js';

const words = ['alpha', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot', 'golf', 'hotel', 'india', 'juliett', 'kilo', 'lima', 'mike', 'november', 'oscar', 'papa', 'quebec', 'romeo', 'sierra', 'tango'];
const options = (n: number) => words.slice(0, n).map((w) => ({ value: w, label: `Option ${w}`, hint: 'a hint that explains this option' }));
const code = (i: number) => String.fromCharCode(65 + Math.floor(i / 26)) + String.fromCharCode(65 + (i % 26));
const states = Array.from({ length: 50 }, (_, i) => ({ value: code(i), label: `State number ${i + 1}` }));

const section = 'A section with a fairly long name';
const questions = [
  {
    id: 'many', kind: 'single', options: options(20), optional: true,
    prompt: 'Which of these twenty options describes the clinical site you would most like to work with during your rotation?',
    help: 'Pick the closest one; you can change it on the review screen before the plan is shown.',
  },
  { id: 'several', kind: 'multi', prompt: 'Which of these apply?', help: 'Choose all that apply.', options: options(15) },
  { id: 'where', kind: 'single', filter: true, prompt: 'Which state?', options: states },
  { id: 'why', kind: 'text', prompt: 'Anything else?', optional: true },
];

/**
 * Lists longer than a 12-row terminal, a long prompt and help: for the frame-height tests.
 * Built from the question schema directly: the real bank's rules (pathway first, ...) do not matter here.
 */
export function longBank(): Bank {
  return { id: 'long', version: '1', title: 'Long', quasi_identifiers: [], questions: questions.map((q) => ({ ...questionSchema.parse(q), section })) };
}
