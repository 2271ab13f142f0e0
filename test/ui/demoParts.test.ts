import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../src/core/plan/buildPlan.js';
import { planWords } from '../../src/messages/planWords.js';
import type { SectionDifference } from '../../src/core/plan/comparePlans.js';
import type { PlanItem } from '../../src/core/plan/planContentSchema.js';
import { compareLines, firstSentence } from '../../src/ui/demo/compareLines.js';
import { planLines } from '../../src/ui/demo/planLines.js';
import { choiceOwners, changedFrom, ownerNote, presentedValue } from '../../src/ui/demo/presentAnswer.js';
import { pathTo } from '../../src/ui/demo/demoPath.js';
import { demoStart } from '../../src/ui/demo/demoStart.js';
import { surveyBar, surveyFigures } from '../../src/ui/demo/surveyFigures.js';
import { fillingGap } from '../../src/ui/ChoiceList.js';
import { flowReducer, progress } from '../../src/core/flow/flowReducer.js';
import { scrollTo } from '../../src/ui/demo/ScrollView.js';
import { demoHelpText } from '../../src/ui/keyHelpText.js';
import { rowsThatFit } from '../../src/ui/listWindow.js';
import { NOW, persona, shippedContent } from './demoHelpers.js';

const question = (id: string) => {
  const found = shippedContent().bank.questions.find((q) => q.id === id);
  if (!found) throw new Error(id);
  return found;
};

describe('presentedValue', () => {
  const dana = persona('turned-down');

  it('shows the answer given in the demo, else the persona’s', () => {
    expect(presentedValue(question('discipline'), dana.answers, dana)).toBe('ct');
    expect(presentedValue(question('discipline'), { ...dana.answers, discipline: 'mri' }, dana)).toBe('mri');
    const { site_authorization: _hidden, ...without } = dana.answers;
    expect(presentedValue(question('site_authorization'), without, dana)).toBe('in_progress');
  });

  it('has nothing to show for a question the persona never answered, or an answer the options no longer allow', () => {
    expect(presentedValue(question('employer_hours'), { ...dana.answers, clinical_arrangement: ['employer'] }, dana)).toBeUndefined();
    // Sonography-only disciplines are not offered on the post-primary path.
    const other = { ...dana, answers: { ...dana.answers, discipline: 'ob_gyn' } };
    expect(presentedValue(question('discipline'), { pathway: 'post_primary' }, other)).toBeUndefined();
  });

  it('tells when the class changed something', () => {
    expect(changedFrom(dana, dana.answers)).toBe(false);
    expect(changedFrom(dana, { ...dana.answers, state: 'OR' })).toBe(true);
    const { obstacle: _gone, ...fewer } = dana.answers;
    expect(changedFrom(dana, fewer)).toBe(true);
    expect(ownerNote('persona', dana)).toBe("← Dana's answer");
    expect(ownerNote('class', dana)).toBe('← class');
    expect(ownerNote('both', dana)).toBe('← Dana and the class');
  });
});

describe('firstSentence', () => {
  it.each([
    ['One. Two.', 'One.'],
    ['An R.T.(R) can ask. Then more.', 'An R.T.(R) can ask.'],
    ['Ask first!  Then wait.', 'Ask first!'],
    ['No full stop at all', 'No full stop at all'],
    ['Spread\nover lines. Next.', 'Spread over lines.'],
  ])('%j → %j', (text, expected) => {
    expect(firstSentence(text)).toBe(expected);
  });
});

describe('compareLines', () => {
  const item = (id: string, text: string, why: string): PlanItem => ({ id, title: id, text, why, basedOn: [], sources: [] });
  const differences: SectionDifference[] = [
    { id: 'site_search', title: 'Clinical site search', onlyFirst: [item('a', 'Call first. Then write.', 'You said so.')], onlySecond: [], shared: 2 },
    { id: 'hipaa_training', title: 'HIPAA training', onlyFirst: [], onlySecond: [], shared: 1 },
    { id: 'liability_coverage', title: 'Liability coverage', onlyFirst: [], onlySecond: [item('b', 'Buy a policy.', 'Required.')], shared: 0 },
  ];

  it('lists each section with what only one plan has: first sentence and Why', () => {
    expect(compareLines(differences, 'Dana', 'Marcus', 60).map((l) => l.text)).toEqual([
      'Clinical site search — 2 items in both plans',
      "  Only in Dana's plan (1):",
      '    • Call first.',
      '      Why: You said so.',
      '',
      'HIPAA training — 1 item in both plans',
      '  No differences in this section.',
      '',
      'Liability coverage — 0 items in both plans',
      "  Only in Marcus's plan (1):",
      '    • Buy a policy.',
      '      Why: Required.',
    ]);
  });

  it('wraps to the width and marks headings and Why lines', () => {
    const long = [{ ...differences[0]!, onlyFirst: [item('a', 'word '.repeat(30), 'because '.repeat(10))] }];
    const lines = compareLines(long, 'Dana', 'Marcus', 30);
    expect(lines.every((l) => l.text.length <= 30)).toBe(true);
    expect(lines[0]?.tone).toBe('heading');
    expect(lines.filter((l) => l.tone === 'hint').length).toBeGreaterThan(1);
  });
});

describe('scrollTo', () => {
  it.each([
    ['down', 0, 1],
    ['up', 0, 0],
    ['pageDown', 0, 9],
    ['pageDown', 85, 90],
    ['pageUp', 5, 0],
    ['end', 3, 90],
    ['home', 50, 0],
  ])('%s from %i → %i (100 lines, 10 a page)', (intent, from, to) => {
    expect(scrollTo(intent, from, 100, 10)).toBe(to);
  });

  it('never scrolls when everything fits', () => {
    expect(scrollTo('down', 0, 5, 10)).toBe(0);
  });
});

describe('demo key help and list spacing', () => {
  it('says what the keys do on each demo screen: every presenter key on the stepping screen', () => {
    expect(demoHelpText('step', { canGoBack: true })).toBe(
      '→/space/enter/PgDn next · ←/b/PgUp back · e class changes the answer · % ASRT figure · g+number go to question · p plan · r restart · s switch persona · q/esc quit',
    );
    expect(demoHelpText('step', { canGoBack: false, autoplay: 'running' })).toContain('% ASRT figure · a pause · g+number');
    expect(demoHelpText('step', { canGoBack: false })).not.toContain('back');
    expect(demoHelpText('step', { canGoBack: true, autoplay: 'paused' })).toContain('a resume');
    expect(demoHelpText('plan', { canGoBack: true, scrolls: true, canCompare: true })).toBe(
      '↑↓ →/space/PgUp/PgDn scroll · ←/b back · c compare with another persona · g+number go to question · r restart · s switch persona · q/esc quit',
    );
  });

  it('fits n rows with gaps in n + (n − 1) × gap lines', () => {
    expect(rowsThatFit(9, 1)).toBe(5);
    expect(rowsThatFit(10, 1)).toBe(5);
    expect(rowsThatFit(10, 0)).toBe(10);
    expect(rowsThatFit(0, 1)).toBe(1);
  });
});

describe('planLines', () => {
  const { bank, plan: content } = shippedContent();
  const plan = buildPlan(planWords, bank, content, persona('turned-down').answers, NOW);
  const ESC = String.fromCharCode(27);

  it('keeps every line within the width, splitting a long address instead of cutting it', () => {
    // The plan's short Why lines name no addresses; an item's text still may.
    const address = 'https://www.arrt.org/pages/arrt-reference-documents/by-document-type/clinical-experience-requirements';
    const withAddress = structuredClone(plan);
    withAddress.sections[0]!.items[0]!.text += ` See ${address}`;
    const lines = planLines(withAddress, 60, { color: false, dim: true });
    expect(lines.every((l) => l.text.length <= 60)).toBe(true);
    const joined = lines.map((l) => l.text.trim()).join('');
    expect(joined).toContain(address);
  });

  it('keeps the plan’s colors, without dim for the large theme', () => {
    const chalk = new Chalk({ level: 1 });
    const normal = planLines(plan, 80, { color: true, dim: true, chalk }).map((l) => l.text).join('\n');
    const large = planLines(plan, 80, { color: true, dim: false, chalk }).map((l) => l.text).join('\n');
    // The plan dims nothing (dim text fades out on light backgrounds), for either theme.
    expect(normal).not.toContain(`${ESC}[2m`);
    expect(large).not.toContain(`${ESC}[2m`);
    expect(large).toContain(`${ESC}[1m`);
  });
});

describe('who chose what', () => {
  const dana = persona('turned-down');
  it('marks an unchanged answer as the persona’s, a change as the class’s, and what both chose as both', () => {
    expect([...choiceOwners('site_types', ['hospital', 'small_clinic'], dana)]).toEqual([
      ['hospital', 'persona'],
      ['small_clinic', 'persona'],
    ]);
    expect(new Map(choiceOwners('site_types', ['hospital', 'imaging_center'], dana))).toEqual(
      new Map([
        ['hospital', 'both'],
        ['imaging_center', 'class'],
        ['small_clinic', 'persona'],
      ]),
    );
    expect([...choiceOwners('employment', 'x', { answers: {} })]).toEqual([['x', 'class']]);
  });
});

describe('the survey figure', () => {
  it('reads the ASRT share per option, or none', () => {
    expect(surveyFigures(question('site_types'))?.get('hospital')).toBe(78.9);
    expect(surveyFigures(question('site_types'))?.has('small_clinic')).toBe(false);
    expect(surveyFigures(question('discipline'))).toBeNull();
  });
  it('draws a bar with the figure in digits, the same width without one', () => {
    expect(surveyBar(78.9, 10, 'no figure')).toBe('████████░░  78.9%');
    expect(surveyBar(1.4, 10, 'no figure')).toBe('█░░░░░░░░░   1.4%');
    expect(surveyBar(undefined, 10, 'no figure')).toBe('        no figure');
    expect(surveyBar(undefined, 10, 'no figure')).toHaveLength(surveyBar(50, 10, '').length);
    // A terminal that is not UTF-8 gets ASCII cells (glyphs.ts), the figure unchanged.
    expect(surveyBar(50, 10, '', { full: '#', empty: '.' })).toBe('#####.....  50.0%');
  });
});

describe('jumping', () => {
  const { bank } = shippedContent();
  const dana = persona('turned-down');
  it('goes forward and back to a question by number, and to the plan', () => {
    let state = demoStart(bank, dana);
    const run = (target: number | 'plan') => {
      for (const action of pathTo(bank, state, dana, target)) state = flowReducer(bank, state, action);
    };
    run(5);
    expect(progress(bank, state).index).toBe(5);
    run(2);
    expect(progress(bank, state).index).toBe(2);
    run(99);
    expect(progress(bank, state)).toMatchObject({ index: 22, total: 22 });
    run('plan');
    expect(state.screen).toBe('review');
    run(3);
    expect(progress(bank, state).index).toBe(3);
    expect(state.answers).toEqual(dana.answers);
  });
});

describe('filling the height (large theme)', () => {
  it('spaces rows as much as fits, and not at all when they do not', () => {
    expect(fillingGap([1, 1, 1, 1], 10, 2)).toBe(2);
    expect(fillingGap([1, 1, 1, 1], 8, 2)).toBe(1);
    expect(fillingGap([1, 1, 1, 1], 5, 2)).toBe(0);
  });
});
