import { parseBank } from '../../src/core/bank/parseBank.js';
import type { Answers, Bank } from '../../src/core/bank/schema.js';
import { startFlow, type FlowState } from '../../src/core/flow/flowReducer.js';

/** One question of each shape plain mode must handle: hints, a default, optional choices, an exclusive option, a filter list, text. */
const sections = [
  {
    section: 'About you',
    questions: [
      {
        id: 'pathway', kind: 'single', label: 'Pathway', prompt: 'Which path are you on?', help: 'No wrong answer here.',
        options: [
          { value: 'post_primary', label: 'ARRT post-primary', hint: 'e.g. adding CT' },
          { value: 'sonography_student', label: 'Sonography student' },
        ],
      },
      {
        id: 'discipline', kind: 'single', label: 'Discipline', prompt: 'Which discipline?', default: 'mid',
        options: [
          { value: 'start', label: 'Just starting' },
          { value: 'mid', label: 'Halfway' },
          { value: 'end', label: 'Nearly done' },
        ],
      },
      {
        id: 'spi', kind: 'single', label: 'SPI', prompt: 'Have you passed SPI?', optional: true,
        show_if: { question: 'pathway', in: ['sonography_student'] },
        options: [
          { value: 'passed', label: 'Passed' },
          { value: 'not_yet', label: 'Not yet' },
        ],
      },
    ],
  },
  {
    section: 'Your site',
    questions: [
      {
        id: 'site_types', kind: 'multi', label: 'Kinds of site', prompt: 'Which kinds of site?',
        options: [
          { value: 'hospital', label: 'Hospital' },
          { value: 'imaging_center', label: 'Imaging center' },
          { value: 'large_clinic', label: 'Large clinic' },
          { value: 'small_clinic', label: 'Small clinic' },
          { value: 'other', label: 'Somewhere else' },
        ],
      },
      {
        id: 'extras', kind: 'multi', label: 'Extras', prompt: 'Anything else?', optional: true,
        options: [
          { value: 'parking', label: 'Parking' },
          { value: 'lunch', label: 'Lunch' },
          { value: 'none', label: 'Nothing else', exclusive: true },
        ],
      },
      {
        id: 'state', kind: 'single', label: 'State', prompt: 'Which state?', filter: true,
        options: [
          { value: 'NH', label: 'New Hampshire' }, { value: 'NJ', label: 'New Jersey' },
          { value: 'NM', label: 'New Mexico' }, { value: 'NY', label: 'New York' },
          { value: 'ND', label: 'North Dakota' }, { value: 'SD', label: 'South Dakota' },
          { value: 'OR', label: 'Oregon' }, { value: 'prefer_not_to_say', label: 'Prefer not to say' },
        ],
      },
      { id: 'goal', kind: 'text', label: 'Goal', prompt: 'Your goal in a word?', max_length: 12 },
      { id: 'obstacle', kind: 'text', label: 'Obstacle', prompt: 'Your biggest obstacle?', optional: true },
    ],
  },
];

export function plainBank(): Bank {
  const result = parseBank(
    { file: 'bank.yaml', data: { id: 'plain', version: '1', title: 'Plain test bank' } },
    sections.map((data, i) => ({ file: `sections/0${i + 1}.yaml`, data })),
  );
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.bank;
}

/** Every question answered, for the post-primary path (spi hidden). */
export const ANSWERED: Answers = {
  pathway: 'post_primary', discipline: 'mid', site_types: ['hospital', 'large_clinic'], extras: [],
  state: 'NM', goal: 'CT', obstacle: '',
};

/** On question `id` with `answers` given so far (as after answering, or going back to it). */
export function at(bank: Bank, id: string, answers: Answers = {}, editing = false): FlowState {
  return { ...startFlow(bank, { answers }), screen: 'question', current: id, editing, error: null };
}
