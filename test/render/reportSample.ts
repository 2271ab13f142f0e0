import type { Report } from '../../src/core/survey/responseFile.js';

export const HOSTILE = '\u001b[31mred\u001b]8;;http://x\u0007link';

/** A report built by hand: a multi question with ASRT figures, a single question with suppression, hostile labels. */
export function sampleReport(): Report {
  return {
    respondents: 120,
    duplicatesRemoved: 3,
    invalid: 2,
    minCell: 5,
    questions: [
      {
        id: 'site_types', label: 'Kinds of clinical site', kind: 'multi', answered: 118,
        options: [
          { value: 'hospital', label: 'Hospital', count: 93, percent: 78.8, suppressed: false, baselinePercent: 78.9 },
          { value: 'imaging_center', label: 'Imaging center', count: 24, percent: 20.3, suppressed: false, baselinePercent: 19.7 },
          { value: 'large_clinic', label: 'Large clinic', count: null, percent: null, suppressed: true, baselinePercent: 10.6 },
          { value: 'other', label: HOSTILE, count: 0, percent: 0, suppressed: false, baselinePercent: null },
        ],
      },
      {
        id: 'hipaa_training', label: 'HIPAA | training *where*', kind: 'single', answered: 120,
        options: [
          { value: 'employer', label: '=cmd|calc', count: 100, percent: 83.3, suppressed: false, baselinePercent: 65.5 },
          { value: 'online', label: 'Online, on my own', count: null, percent: null, suppressed: true, baselinePercent: 1.4 },
          { value: 'not_yet', label: '- not yet', count: null, percent: null, suppressed: true, baselinePercent: null },
        ],
      },
      {
        id: 'tiny_group', label: 'A question few answered', kind: 'single', answered: null,
        options: [
          { value: 'a', label: 'A', count: null, percent: null, suppressed: true, baselinePercent: null },
          { value: 'b', label: 'B', count: null, percent: null, suppressed: true, baselinePercent: null },
        ],
      },
    ],
  };
}
