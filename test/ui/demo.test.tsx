import { cleanup } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { buildPlan } from '../../src/core/plan/buildPlan.js';
import { planWords } from '../../src/messages/planWords.js';
import { keys, waitFor } from './helpers.js';
import { NOW, persona, renderDemo, shippedContent, stepToPlan, type DemoRun } from './demoHelpers.js';

afterEach(cleanup);

const pageDown = '\u001B[6~';

/** Steps (Space) until the question with this prompt is on screen. */
async function stepTo(run: DemoRun, prompt: string): Promise<void> {
  for (let i = 0; i < 25 && !run.screen().includes(prompt); i += 1) await run.press(keys.space);
  await run.waitForText(prompt);
}

describe('presenter stepping', () => {
  it('opens with the story, says nothing is saved, and marks the persona’s answer', async () => {
    const run = await renderDemo({ persona: 'turned-down' });
    const screen = run.screen();
    expect(screen.split('\n')[0]).toMatch(/^Demo: Dana — An R\.T\.\(R\) with online CT courses/);
    expect(screen).toContain('Nothing is saved in a demo');
    expect(screen).toContain('Question 1 of 22 · About you');
    // Whose answer it is goes on its own line under the option, before the hint: whole, never cut.
    expect(screen).toMatch(/❯ Registered technologist working toward an ARRT post-primary credential\n {2}← Dana's answer\n {2}e\.g\. an R\.T\.\(R\)/);
    expect(screen).toMatch(/^ {2}Sonography student in a program$/m);
    expect(screen).toContain('→/space/enter/PgDn next · e class changes the answer · % ASRT figure');
  });

  it('moves on with Space and Enter, back with ←, and shows ticked boxes on a multi choice', async () => {
    const run = await renderDemo({ persona: 'turned-down' });
    await run.press(keys.space);
    expect(run.screen()).toContain('Question 2 of 22');
    expect(run.screen()).toContain("❯ Computed tomography (CT)\n  ← Dana's answer");
    await run.press(keys.enter);
    expect(run.screen()).toContain('Question 3 of 22');
    expect(run.screen()).toContain("❯ [x] Radiography (R)\n      ← Dana's answer");
    expect(run.screen()).toContain('  [ ] Radiation therapy (T)');
    expect(run.screen()).toContain('→/space/enter/PgDn next · ←/b/PgUp back · e class changes the answer');
    await run.press(keys.left);
    expect(run.screen()).toContain('Question 2 of 22');
    expect(run.screen()).toContain('Which discipline or specialty');
    // The full story shows on the first screen only; after that it is one line.
    expect(run.screen().split('\n')[1]).toBe('Nothing is saved in a demo.');
    // Stepping gives the persona's answers, unchanged.
    expect(run.lastState()?.answers).toEqual(persona('turned-down').answers);
  });

  it('shows a text answer, or says it was left empty', async () => {
    const run = await renderDemo({ persona: 'turned-down' });
    await stepTo(run, 'what is your biggest obstacle?');
    expect(run.screen()).toContain("❯ (left empty)\n  ← Dana's answer");
  });

  it('e lets the class choose another answer; the flow and the plan follow it', async () => {
    const run = await renderDemo({ persona: 'turned-down', rows: 400 });
    await stepTo(run, 'How are you getting, or planning to get, your clinical experience?');
    expect(run.screen()).toContain("❯ [x] At a facility I don't work for, arranged on my own\n      ← Dana's answer");
    await run.press('e');
    // The interview's own multi-choice view, with Dana's answer preselected and still named.
    expect(run.screen()).toContain('The class chooses a different answer for Dana');
    expect(run.screen()).toContain("Dana's own answer: At a facility I don't work for, arranged on my own");
    expect(run.screen()).toContain('space tick');
    expect(run.screen()).toContain("[x] 3. At a facility I don't work for");
    // A number moves the highlight; Space ticks. The highlight starts on option 1.
    await run.press(keys.space); // tick "Through my employer"
    await run.press('3');
    await run.press(keys.space); // untick Dana's
    expect(run.screen()).toContain('[x] 1. Through my employer');
    await run.press(keys.enter);
    // The change revealed employer_hours, which Dana never answered: it opens in the interactive view.
    await run.waitForText('Dana has no answer here');
    expect(run.lastState()?.answers.clinical_arrangement).toEqual(['employer']);
    expect(run.lastState()?.answers).not.toHaveProperty('site_authorization');
    await run.press(keys.enter); // the first option
    await run.waitForText('Nothing is saved in a demo');
    expect(run.screen()).toContain('How far could you travel, regularly, to get to a clinical site?');
    expect(run.screen()).toContain("❯ Up to about an hour\n  ← Dana's answer");
    // Back on the changed questions: the class's answers are the class's, Dana's stay hers.
    await run.press(keys.left);
    expect(run.screen()).toContain('❯ Yes, during my regular paid hours\n  ← class');
    await run.press(keys.left);
    expect(run.screen()).toContain('❯ [x] Through my employer\n      ← class');
    expect(run.screen()).toContain("  [ ] At a facility I don't work for, arranged on my own\n      ← Dana's answer");
    expect(run.screen().match(/❯/g)).toHaveLength(1);
    await run.press(keys.space);
    await run.press(keys.space);

    await stepToPlan(run);
    const screen = run.screen();
    expect(screen).toContain("Dana's plan, with the class’s changes");
    // An item only the changed answers give, and one only Dana's own answers give.
    const { bank, plan } = shippedContent();
    const changed = buildPlan(planWords, bank, plan, run.lastState()?.answers ?? {}, NOW);
    const original = buildPlan(planWords, bank, plan, persona('turned-down').answers, NOW);
    const ids = (p: typeof changed) => new Set(p.sections.flatMap((s) => s.items.map((i) => i.id)));
    const added = changed.sections.flatMap((s) => s.items).find((i) => !ids(original).has(i.id));
    const removed = original.sections.flatMap((s) => s.items).find((i) => !ids(changed).has(i.id));
    expect(added?.id).toBe('liability_employer_hours');
    expect(removed?.id).toBe('site_authorization_pending');
    const flat = screen.replace(/\s+/g, ' ');
    expect(flat).toContain(added?.text.split(' ').slice(0, 8).join(' '));
    expect(flat).not.toContain('Your written authorization from the site is in progress');
  });

  it('← in the changing view keeps the persona’s answer', async () => {
    const run = await renderDemo({ persona: 'turned-down' });
    await run.press('e');
    await run.waitForText('The class chooses');
    await run.press(keys.left);
    expect(run.screen()).toContain("← Dana's answer");
    expect(run.screen()).toContain('Question 1 of 22');
    expect(run.changes).toEqual([]);
  });
});

describe('autoplay', () => {
  it('steps on its own with a countdown, pauses and resumes with a, and manual keys still work', async () => {
    const run = await renderDemo({ persona: 'turned-down', autoplay: 0.05 });
    expect(run.screen()).toContain('▶ autoplay: next in 1 s (a pauses)');
    await run.waitForText('Question 3 of 22');
    await run.press('a');
    expect(run.screen()).toContain('‖ autoplay paused (a resumes)');
    expect(run.screen()).toContain('a resume');
    const paused = run.screen().match(/Question (\d+) of/)?.[1];
    await new Promise((resolve) => setTimeout(resolve, 250));
    expect(run.screen().match(/Question (\d+) of/)?.[1]).toBe(paused);
    await run.press(keys.left);
    expect(run.screen()).toContain(`Question ${Number(paused) - 1} of`);
    await run.press('a');
    await run.waitForText(`Question ${Number(paused) + 1} of`);
  });

  it('waits while the class is choosing', async () => {
    // One-second steps, and e pressed as the first question appears: with 50 ms steps on a loaded machine the
    // interview had run on to the plan before the e was read, so the test timed the machine, not the demo.
    const run = await renderDemo({ persona: 'turned-down', autoplay: 1 });
    await run.press('e');
    await run.waitForText('The class chooses');
    const changes = run.changes.length;
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(run.changes).toHaveLength(changes);
    expect(run.screen()).toContain('Question 1 of 22');
    expect(run.screen()).toContain('The class chooses');
  });
});

describe('the plan and the comparison', () => {
  it('scrolls the plan inside a frame shorter than the terminal', async () => {
    const run = await renderDemo({ persona: 'turned-down', rows: 20 });
    await stepToPlan(run);
    expect(run.screen()).toMatch(/lines 1–\d+ of \d+ · ↓ more below/);
    expect(run.screen()).toContain('Your clinical-path plan');
    expect(run.screen().split('\n').length).toBeLessThan(20);
    await run.press(keys.down);
    expect(run.screen()).toMatch(/lines 2–/);
    expect(run.screen()).not.toContain('Your clinical-path plan');
    await run.press(pageDown);
    expect(run.screen()).toMatch(/lines \d{2}–/);
    expect(run.screen().split('\n').length).toBeLessThan(20);
    await run.press(keys.left);
    expect(run.screen()).toContain('Question 22 of 22');
  });

  it('c compares with another persona: section by section, what only one plan has, with Why', async () => {
    const run = await renderDemo({ persona: 'turned-down', rows: 200 });
    await stepToPlan(run);
    await run.press('c');
    expect(run.screen()).toContain("Compare Dana's plan with:");
    expect(run.screen()).not.toMatch(/\d\. Dana/);
    await run.press(keys.enter); // Marcus, the first other persona
    const screen = run.screen();
    expect(screen).toContain('Dana vs Marcus');
    for (const title of ['Clinical site search', 'HIPAA training', 'Liability coverage', 'Credential timing']) expect(screen).toContain(title);
    expect(screen).toContain("Only in Dana's plan");
    expect(screen).toContain("Only in Marcus's plan");
    expect(screen).toContain('• Your program arranges your clinical sites, so you don\'t have to find one; put your energy into');
    // Each plan's Why names its persona.
    expect(screen).toMatch(/Why: Dana answered/);
    expect(screen).toMatch(/Why: Marcus answered/);
    expect(screen).not.toMatch(/You answered/);
    await run.press(keys.left);
    await run.waitForText("Dana's plan");
    await run.press('c');
    await run.press(keys.down);
    await run.press(keys.enter);
    await run.waitForText('Dana vs Priya');
  });
});

describe('leaving', () => {
  it.each([
    ['Esc', keys.esc, 'quit'],
    ['q', 'q', 'quit'],
    ['Ctrl+C', keys.ctrlC, 'cancel'],
  ])('%s', async (_name, key, reason) => {
    const run = await renderDemo({ persona: 'turned-down' });
    run.stdin.write(key);
    await waitFor(() => run.exits.length > 0, 'onExit');
    expect(run.exits).toEqual([reason]);
  });

  it('Esc quits from the changing view too (q is a letter there)', async () => {
    const run = await renderDemo({ persona: 'turned-down' });
    await stepTo(run, 'what is your biggest obstacle?');
    await run.press('e');
    await run.press('q');
    expect(run.exits).toEqual([]);
    expect(run.screen()).toContain('q');
    run.stdin.write(keys.esc);
    await waitFor(() => run.exits.length > 0, 'onExit');
    expect(run.exits).toEqual(['quit']);
  });
});

describe('the persona picker', () => {
  it('lists every persona with its story and starts the chosen one', async () => {
    const run = await renderDemo();
    const screen = run.screen();
    expect(screen).toContain('Classroom demo: choose a persona. Nothing is saved in a demo.');
    // Every persona by name; the highlighted one's story in full under it.
    for (const p of shippedContent().personas) expect(screen).toContain(`. ${p.name}`);
    expect(screen).toContain('❯ 1. Dana');
    expect(screen.replace(/\s+/g, ' ')).toContain(shippedContent().personas[0]!.story);
    await run.press(keys.down);
    await run.press(keys.enter);
    await run.waitForText('Demo: Marcus —');
    expect(run.screen()).toContain('Question 1 of');
  });

  it('q quits from the picker', async () => {
    const run = await renderDemo();
    run.stdin.write('q');
    await waitFor(() => run.exits.length > 0, 'onExit');
    expect(run.exits).toEqual(['quit']);
  });
});
