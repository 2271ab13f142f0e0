import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KEYS, pastIntro, startPty, type PtySession } from './ptySession.js';
import { ROOT, tempHome } from './runBin.js';
import { runMain } from './runMain.js';

let home: string;
let store: string;
let session: PtySession | undefined;
// A UTF-8 locale, whatever the machine's: without one, plain mode prints ASCII (tested below).
const UTF8 = { LC_ALL: 'C.UTF-8' };
const run = (input: string, args: string[] = [], env?: Record<string, string>) => runMain(['--store', store, ...args], { home, input, env: { ...UTF8, ...env } });
const savedAnswers = async () => JSON.parse((await run('', ['answers', '--json'])).stdout).answers as Record<string, unknown>;
const lines = (...l: string[]) => `${l.join('\n')}\n`;
const ENDED = 'Input ended before the interview was finished; your answers so far are saved. Run clinical-path again to continue.';

beforeEach(() => {
  ({ home, store } = tempHome());
});
afterEach(() => {
  session?.kill('SIGKILL');
  session = undefined;
});

// The post-primary path through the shipped bank: clinical_arrangement 1 3 (employer and a facility arranged on
// one's own) shows employer_hours and site_authorization; liability "yes" shows liability_source.
const FULL_RUN = [
  '1', // pathway: post-primary
  '?', // repeats discipline
  '<', // back to pathway
  '', // keeps post-primary
  '12', // discipline has 10 options: asked again
  '1', // CT
  '', // credentials_held: nothing ticked → the reducer's "Choose at least one option."
  '1', // radiography
  '1', // employment: where the discipline is done
  '1', // work_hours: full time
  '1', // education_program
  '1, 2', // site_types: hospital, imaging center
  '1 3', // clinical_arrangement: employer, non-employer provider
  '1', // employer_hours
  '1', // site_authorization
  '1', // clinical_travel
  '1', // block_rotation
  '1', // paid_for_clinicals
  '1', // hipaa_training
  '1', // liability_required: yes
  '1', // liability_source
  '?', // state: lists all 54
  'new', // four match, listed
  'new mex', // New Mexico
  '1', // exam_timing
  '1', '1', '1', // the reflection questions asked of someone working where the discipline is done
  'Night shifts', // obstacle
  '4', // review: change employment…
  '3', // …to "Not in imaging right now", which asks the questions that now apply
  '1', // reflect_relocation (site_contact stays hidden: the program places this person)
  '', // show the plan
];

describe('plain mode through pipes', () => {
  it('runs a whole interview to the plan: back, repeat, a re-ask, a refusal, a name, an edit from the review', async () => {
    const result = await run(lines(...FULL_RUN));
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const out = result.stdout;
    expect(out).not.toContain('\u001B');
    expect(out).toMatch(/^Welcome to clinical-path\./);
    expect(out).toContain('\n\nQuestion 1 of 19, About you: Which of these best describes you? (one answer)\n');
    expect(out).toContain('Type the number of your answer, 1 to 4, and press Enter.\nType < (the less-than sign) to go back, or ? to list the options again.');
    expect(out).toContain('Saved: Registered technologist working toward an ARRT post-primary credential.');
    expect(out).toContain('(current: Registered technologist working toward an ARRT post-primary credential — press Enter to keep it)');
    expect(out).toContain('“12” is not between 1 and 10. Type the number of your answer, 1 to 10, and press Enter.');
    expect(out).toContain('Choose at least one option. Type the numbers of your answers, 1 to 5, separated by commas, and press Enter.');
    expect(out).toContain('Type a name or its start and press Enter, or type ? to list all 54 options with numbers.');
    expect(out).toContain('54. Prefer not to say');
    expect(out).toContain('Saved: New Mexico.');
    expect(out).toContain('“new” matches 4 options:\n30. New Hampshire\n31. New Jersey\n32. New Mexico\n33. New York');
    expect(out).toContain('Type your answer and press Enter, or press Enter alone to skip.');
    expect(out).toContain('Saved: “Night shifts”.');
    expect(out).toContain(', changing your answer: Do you work in imaging right now? (one answer)');
    expect(out).toContain('4. Employment: Not in imaging right now');
    expect(out).toContain('Type the number of an answer to change it, or press Enter to see your plan.');
    for (const title of ['Clinical site search', 'HIPAA training', 'Liability coverage', 'Credential timing']) expect(out).toContain(`\n${title}\n`);
    expect(out.indexOf('Your answers are saved. Here is your plan.')).toBeLessThan(out.indexOf('Clinical site search'));
    // One line per sentence: no line is cut after a word that a lower-case word on the next line continues.
    const all = out.split('\n');
    all.forEach((line, i) => expect(/[a-z,]$/.test(line) && /^\s*[a-z]/.test(all[i + 1] ?? ''), line).toBe(false));
    expect(await savedAnswers()).toMatchObject({
      pathway: 'post_primary',
      discipline: 'ct',
      employment: 'not_employed_imaging',
      site_types: ['hospital', 'imaging_center'],
      clinical_arrangement: ['employer', 'non_employer_provider'],
      state: 'NM',
      obstacle: 'Night shifts',
    });
    expect((await run('', ['plan'])).code).toBe(0);
  });

  it('stops at the end of input with exit 1 and the message on stderr, keeping every answer given', async () => {
    const result = await run(lines('1', '1'));
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(`${ENDED}\n`);
    expect(result.stdout).toContain('Question 3 of');
    expect(await savedAnswers()).toEqual({ pathway: 'post_primary', discipline: 'ct' });
  });

  it('resumes at the next question in a second piped run, and reopens a finished interview at the review', async () => {
    await run(lines('1', '1'));
    const again = await run(lines('1'));
    expect(again.stdout.split('\n').slice(0, 2)).toEqual([
      'Welcome back: your answers were saved. Picking up at question 3 of 20.',
      'Question 3 of 20, About you: Which credentials do you already hold? (one or more answers)',
    ]);
    expect(again.stdout).toContain('Question 4 of 20');
    expect(await savedAnswers()).toMatchObject({ credentials_held: ['radiography'] });

    // The 16 questions left on this path (employment 1 shows work_hours; clinical_arrangement 1 shows employer_hours;
    // liability 1 shows its source; training where one works hides travel, block rotation and the job reflection).
    const finished = await run(lines(...Array<string>(16).fill('1'), ''));
    expect(finished.stdout).toContain('Picking up at question 4 of 20.');
    expect(finished.code).toBe(0);
    const reopened = await run('');
    expect(reopened.code).toBe(1);
    expect(reopened.stdout).toMatch(/^Welcome back: all questions are answered\. Review your answers, then show your plan\.\nReview your answers, \d+ in all, before you see your plan:\n/);
    expect((await run('\n')).stdout).toContain('Clinical site search');
  });

  it.each<[string, string[], Record<string, string>]>([
    ['--plain', ['--plain'], {}],
    ['ACCESSIBLE=1', [], { ACCESSIBLE: '1' }],
    ['TERM=dumb', [], { TERM: 'dumb' }],
  ])('%s gives the same plain lines', async (_name, args, env) => {
    const result = await run(lines('1'), args, env);
    expect(result.stdout).toContain('\nQuestion 1 of 19, About you: ');
    expect(result.stdout).toContain('Question 2 of');
    expect(result.stdout).not.toContain('\u001B');
  });

  it('the code the bin loads before choosing a mode holds no Ink: Ink is a chunk loaded with import()', async () => {
    const dist = join(ROOT, 'dist');
    const INK = 'Raw mode is not supported';
    const loaded = new Set<string>();
    const visit = (name: string) => {
      if (loaded.has(name)) return;
      loaded.add(name);
      const text = readFileSync(join(dist, name), 'utf8');
      for (const m of text.matchAll(/(?:from|import)\s*"\.\/([^"]+\.js)"/g)) visit(m[1]!);
    };
    visit('cli.js');
    for (const name of loaded) expect(readFileSync(join(dist, name), 'utf8'), name).not.toContain(INK);
    // The marker is real: the lazily loaded interview chunk has it.
    const lazy = readdirSync(dist).filter((n) => n.endsWith('.js') && !loaded.has(n));
    expect(lazy.some((n) => readFileSync(join(dist, n), 'utf8').includes(INK))).toBe(true);
  });

  it('--plain and --ascii are listed in --help', async () => {
    const help = (await run('', ['--help'])).stdout;
    expect(help).toContain('--plain');
    expect(help).toContain('--ascii');
  });

  it.each<[string, string[], Record<string, string>]>([
    ['--ascii', ['--ascii'], {}],
    ['a locale that is not UTF-8', [], { LC_ALL: 'C' }],
  ])('%s: the whole interview and the plan in ASCII only', async (_name, args, env) => {
    const result = await run(lines(...FULL_RUN), args, env);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Clinical site search');
    expect(result.stdout).toContain('"12" is not between 1 and 10.');
    // Nothing outside printable ASCII and the line feed.
    expect(result.stdout.match(/[^ -~\n]/gu) ?? []).toEqual([]);
  });
});


describe('plain mode in a real terminal', () => {
  it.each<[string, () => PtySession]>([
    ['--plain', () => startPty(['--store', store, '--plain'], { home })],
    ['ACCESSIBLE=1', () => startPty(['--store', store], { home, env: { ACCESSIBLE: '1' } })],
    ['TERM=dumb', () => startPty(['--store', store], { home, term: 'dumb' })],
  ])('%s: static lines, no Ink frame; 1 + Enter advances; Ctrl+C saves and exits 130', async (_name, start) => {
    session = start();
    // A person is typing, so the intro waits for Enter; that Enter answers nothing.
    await session.waitFor('Press Enter to start with the first question.');
    session.write(KEYS.enter);
    await session.waitFor('Type the number of your answer, 1 to 4, and press Enter.');
    session.mark();
    session.write(`1${KEYS.enter}`);
    await session.waitFor('Question 2 of');
    await session.waitFor('Type the number of your answer, 1 to');
    session.write(KEYS.ctrlC);
    expect((await session.exited).exitCode).toBe(130);
    expect(session.output()).toContain('Saved 1 answer. Run clinical-path again to continue where you left off.');
    expect(session.output()).not.toMatch(/[❯◉◯─│╭]/);
    expect(session.raw()).not.toContain('\u001B');
    expect(await savedAnswers()).toEqual({ pathway: 'post_primary' });
  });

  it('--plain finishes in a terminal: the last answer, the review, the plan, exit 0', async () => {
    const persona = JSON.parse(readFileSync(join(ROOT, 'test/fixtures/answers/ct-employed.json'), 'utf8'));
    delete persona.answers.obstacle;
    const file = join(home, 'almost.json');
    writeFileSync(file, JSON.stringify(persona));
    expect((await runMain(['--store', store, '--answers', file], { home })).code).toBe(1);
    session = startPty(['--store', store, '--plain'], { home });
    await session.waitFor('Type your answer and press Enter, or press Enter alone to skip.');
    expect(session.output()).toContain('Welcome back: your answers were saved.');
    session.write(`Night shifts${KEYS.enter}`);
    await session.waitFor('press Enter to see your plan.');
    session.write(KEYS.enter);
    await session.waitFor('Credential timing');
    expect((await session.exited).exitCode).toBe(0);
    expect(session.raw()).not.toContain('\u001B');
    expect(await savedAnswers()).toMatchObject({ obstacle: 'Night shifts' });
  });

  it('without those, a terminal still gets the Ink interview', async () => {
    session = startPty(['--store', store], { home });
    await pastIntro(session);
    await session.waitFor('❯');
  });
});
