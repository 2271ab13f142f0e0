import type { Plan } from '../../src/core/plan/planContentSchema.js';

/**
 * A small hand-built plan in the shape buildPlan returns: three next steps, an obstacle whose words carry escape
 * sequences (a clipboard write, a screen clear, a bidi override) that every renderer must drop, a comparison, and
 * two sections, one item of which applies to everyone.
 */
export const samplePlan: Plan = {
  asOf: '2026-11',
  factsChecked: '2026-10',
  disclaimer: 'General information, not advice. Verify with ARRT and your clinical site.',
  nextSteps: [
    { text: 'Ask your manager whether your own department can host your clinical hours.', item: 'own_workplace' },
    { text: 'Ask each site which HIPAA module it accepts.', item: 'hipaa_module' },
    { text: 'Find a registered technologist who will verify your procedures.', item: 'verifier' },
  ],
  obstacle: {
    title: 'What you said is in your way',
    said: 'My manager\u001b]52;c;cm0gLXJmIH4K\u0007 says no and\u001b[2J I would have to relocate\u202e',
    themes: [
      { id: 'employer', label: 'Your employer\u001b[31m', items: ['own_workplace', 'verifier'] },
      { id: 'distance', label: 'Distance', items: ['own_workplace'] },
    ],
  },
  sections: [
    {
      id: 'site_search',
      title: 'Clinical site search',
      intro: 'Where to look, given your answers.',
      items: [
        {
          id: 'own_workplace',
          title: 'Start with your own workplace',
          text: 'Most members found their site through their employer.',
          why: 'You answered “Employment”: “Employed where this discipline is performed”; “Education program”: “Courses only”.',
          basedOn: ['Employment', 'Education program'],
          sources: [
            { id: 'arrt_verifiers', title: 'ARRT verifiers', url: 'https://www.arrt.org/verifiers', checked: '2026-10' },
            { id: 'arrt_supervisor', title: 'ARRT supervisor', url: 'https://www.arrt.org/supervisor', checked: '2026-09' },
          ],
        },
        {
          id: 'verifier',
          title: 'Line up a verifier',
          text: 'A registered technologist signs off each procedure you perform.',
          why: 'This applies to everyone.',
          basedOn: [],
          sources: [{ id: 'asrt_survey', title: 'ASRT clinical-site survey', checked: '2026-10' }],
        },
      ],
    },
    {
      id: 'hipaa_training',
      title: 'HIPAA training',
      items: [
        {
          id: 'hipaa_module',
          title: 'Which HIPAA module',
          text: 'Sites often accept your employer’s HIPAA training; ask which module.',
          why: 'You answered “HIPAA training”: “Through my employer”.',
          basedOn: ['HIPAA training'],
          sources: [{ id: 'hhs', title: 'HHS, HIPAA training and workforce guidance for covered entities', url: 'https://www.hhs.gov/hipaa', checked: '2026-10' }],
        },
      ],
    },
  ],
  comparison: [{ question: 'site_types', option: 'hospital', percent: 78.9, text: '78.9% of ASRT respondents named a hospital as a clinical site.' }],
};
