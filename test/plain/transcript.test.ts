import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../src/core/plan/buildPlan.js';
import { planWords } from '../../src/messages/planWords.js';
import { stripControl } from '../../src/core/text/stripControl.js';
import { runPlainWith, shippedContent } from './plainRun.js';

const content = shippedContent();
const { bank } = content;

// The post-primary path through the shipped bank (as in test/e2e/plain.test.ts), with every kind of line in it.
const INPUT = [
  '', // the intro: Enter starts
  '1', // pathway: post-primary
  '1', // discipline: CT
  '1, 5', // credentials_held: radiography with "None of these yet", refused
  '1', // radiography
  '1', '1', '1', // employment, work_hours, education_program
  '1, 2', // site_types
  '1 3', // clinical_arrangement: employer and a facility arranged on one's own
  '1', '1', '1', '1', '1', '1', '1', '1', // employer_hours … liability_source
  '?', // state: the list, on request
  'oregon',
  '1', '1', '1', '1', // exam_timing and the reflection questions
  'b', // obstacle: the letter b is an answer
  '', // review: show the plan
];

/** The whole transcript of that run in a 40-column terminal, and its lines. */
async function transcript(options = {}) {
  const run = await runPlainWith(content, `${INPUT.join('\n')}\n`, { interactive: true, ...options }, undefined, 40);
  return { ...run, lines: run.out.split('\n') };
}

const one = (text: string) => stripControl(text).replace(/\s+/g, ' ').trim();

describe('a plain-mode transcript at 40 columns', async () => {
  const { code, out, lines, err, store } = await transcript();
  const answers = store.open().progress?.answers ?? {};

  it('runs to the plan with the answers given', () => {
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(answers).toMatchObject({ credentials_held: ['radiography'], state: 'OR', obstacle: 'b' });
  });

  it('breaks no text across lines: every prompt, help, option and plan sentence shown is whole on one line', () => {
    const plan = buildPlan(planWords, bank, content.plan, answers, new Date(), content.states);
    const texts = [
      ...bank.questions.flatMap((q) => [q.prompt, q.help ?? '', ...('options' in q ? q.options.map((o) => (o.hint ? `${o.label} — ${o.hint}` : o.label)) : [])]),
      ...plan.nextSteps.map((s) => s.text),
      ...plan.sections.flatMap((s) => [s.title, s.intro ?? '', ...s.items.flatMap((i) => [i.title, i.text])]),
      plan.disclaimer,
    ].filter((t) => t !== '').map(one);
    let checked = 0;
    for (const text of texts) {
      const start = text.slice(0, 24);
      if (!out.includes(start)) continue; // not on this path
      checked += 1;
      expect(lines.some((line) => line.includes(text)), text).toBe(true);
    }
    expect(checked).toBeGreaterThan(100);
    // The terminal is 40 columns wide and we left the wrapping to it.
    expect(lines.filter((l) => l.length > 40).length).toBeGreaterThan(50);
  });

  it('never leaves a sentence hanging: no line that does not end a sentence is followed by one starting in lower case', () => {
    lines.forEach((line, i) => {
      const next = lines[i + 1] ?? '';
      expect(/[a-z,]$/.test(line) && /^\s*[a-z]/.test(next), `${line}\n${next}`).toBe(false);
    });
  });

  it('makes every question line understandable alone: its number, section, question and the answer it expects', () => {
    const asked = lines.filter((l) => l.startsWith('Question '));
    expect(asked.length).toBeGreaterThan(20);
    for (const line of asked) {
      expect(line).toMatch(/^Question \d+ of \d+, [^:]+: .+ \((one answer|one or more answers|type your answer)(, optional)?\)$/);
      expect(bank.questions.some((q) => line.includes(one(q.prompt)))).toBe(true);
    }
    // What to type is a whole sentence with the range or the action in it, never "see above".
    for (const line of lines.filter((l) => /^Type (the number|a name|your answer)/.test(l))) expect(line).toMatch(/press Enter/);
    for (const line of lines.filter((l) => / is not (a number|between)/.test(l))) expect(line).toMatch(/Type .* press Enter\.$/);
  });

  it('has no line that is only decoration', () => {
    for (const line of lines) if (line !== '') expect(line, JSON.stringify(line)).toMatch(/[\p{L}\p{N}]/u);
  });

  it('opens with the intro, which waits for Enter before the first question', () => {
    expect(lines[0]).toMatch(/^Welcome to clinical-path\./);
    expect(out).toContain('It takes about 5 minutes.');
    expect(out).toContain('Your answers stay on this computer.');
    expect(out).toContain('To stop at any time, press Ctrl+C. Your answers are kept: run clinical-path again to continue where you left off.');
    const start = lines.indexOf('Press Enter to start with the first question.');
    expect(start).toBeGreaterThan(0);
    expect(lines.slice(start + 1, start + 3)).toEqual(['', 'Question 1 of 19, About you: Which of these best describes you? (one answer)']);
  });

  it('says what was saved after each answer, by name', () => {
    for (const saved of ['Saved: Computed tomography (CT).', 'Saved: Radiography (R).', 'Saved: Hospital, Imaging center.', 'Saved: Oregon.', 'Saved: “b”.']) {
      expect(lines).toContain(saved);
    }
    expect(lines.filter((l) => l.startsWith('Saved: '))).toHaveLength(INPUT.filter((i) => i !== '?').length - 3); // not the intro, the refusal or the review
  });

  it('refuses "None of these yet" with a credential, saying why', () => {
    expect(lines).toContain("None of these yet can't be combined with other answers. Type the numbers of your answers, 1 to 5, separated by commas, and press Enter.");
    expect(lines).toContain('5. None of these yet (only on its own)');
  });

  it('asks for the state by name, and lists the 54 only on ?', () => {
    const asked = lines.findIndex((l) => l.includes('In which state or territory'));
    expect(lines[asked + 2]).toBe('Type a name or its start and press Enter, or type ? to list all 54 options with numbers.');
    const listed = lines.findIndex((l, i) => i > asked + 2 && l.includes('In which state or territory'));
    expect(lines.slice(asked, listed).some((l) => /^\d+\. /.test(l))).toBe(false);
    expect(lines).toContain('38. Oregon');
  });
});

describe('--ascii', () => {
  it('prints nothing but ASCII in a whole plain transcript, the plan and a typed answer included', async () => {
    const input = INPUT.map((line) => (line === 'b' ? 'Café — “ok” ✓' : line));
    const { code, out } = await runPlainWith(content, `${input.join('\n')}\n`, { ascii: true, interactive: true });
    expect(code).toBe(0);
    expect(out).toContain('Clinical site search');
    expect(out).toContain('Saved: "Cafe - "ok" ?".');
    // Nothing outside printable ASCII and the line feed.
    expect(out.match(/[^ -~\n]/gu) ?? []).toEqual([]);
  });

  it('without it, the same run keeps its typography', async () => {
    expect((await transcript()).out).toMatch(/[—“”]/u);
  });
});
