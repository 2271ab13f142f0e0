import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { beforeEach, describe, expect, it } from 'vitest';
import { ROOT, tempHome } from './runBin.js';
import { runMain } from './runMain.js';
import { snapshotTree } from './snapshotTree.js';

const SECTIONS = ['Clinical site search', 'HIPAA training', 'Liability coverage', 'Credential timing'];

let home: string;
beforeEach(() => {
  ({ home } = tempHome());
});

/** The plan `clinical-path --answers FILE --format F --out PLAN` writes for a persona's answers, in a home of its own. */
async function planFor(personaFile: string, format: 'markdown' | 'text'): Promise<string> {
  const { home: other } = tempHome();
  const { answers } = parse(readFileSync(join(ROOT, 'questions/personas', personaFile), 'utf8')) as { answers: unknown };
  writeFileSync(join(other, 'answers.json'), JSON.stringify({ answers }));
  const out = join(other, 'plan.out');
  const result = await runMain(['--answers', join(other, 'answers.json'), '--format', format, '--out', out], { home: other });
  expect(result.code).toBe(0);
  return readFileSync(out, 'utf8');
}

describe('demo handout', () => {
  for (const format of ['markdown', 'text'] as const) {
    it(`--format ${format} --out writes the story, every answer and the plan as \`plan\` writes it, and nothing else`, async () => {
      mkdirSync(join(home, 'class'));
      const before = snapshotTree(home);
      const out = join(home, 'class', `dana.${format === 'markdown' ? 'md' : 'txt'}`);
      const result = await runMain(['demo', '--persona', 'Dana', '--format', format, '--out', out], { home });
      expect(result.code).toBe(0);
      expect(result.stdout).toBe('');
      expect(result.stderr).toBe(`Handout written to ${out}\n`);
      // The only change under HOME is the handout itself (and the time of the folder it went into): no store, no
      // config, no temporary file left over.
      const after = snapshotTree(home);
      const path = (line: string) => line.split(' ')[0];
      expect(after.filter((line) => !before.includes(line)).map(path)).toEqual(['class', join('class', `dana.${format === 'markdown' ? 'md' : 'txt'}`)]);
      expect(before.filter((line) => !after.includes(line)).map(path)).toEqual(['class']);
      expect(statSync(out).mode & 0o777).toBe(0o600);

      const text = readFileSync(out, 'utf8');
      expect(text).toContain('An R.T.(R) with online CT courses');
      expect(text).toContain("Dana's answers");
      for (const answer of ['Discipline: Computed tomography (CT)', 'Kinds of clinical site: Hospital, Small clinic']) {
        expect(text.replace(/\*\*/g, '')).toContain(answer);
      }
      // 22 answers, numbered as the review numbers them.
      expect(text).toMatch(/^22\. /m);
      expect(text).not.toMatch(/^23\. /m);
      for (const title of SECTIONS) expect(text).toContain(title);
      expect(text).toContain(await planFor('01-turned-down.yaml', format));
      expect(text).not.toContain('\u001B');
      expect(text).not.toContain('compared');
    });
  }

  it('--compare adds what differs, naming each persona in the answers and in every Why', async () => {
    const result = await runMain(['demo', '--persona', 'turned-down', '--format', 'markdown', '--compare', 'Marcus'], { home });
    expect(result.code).toBe(0);
    const text = result.stdout;
    expect(text).toContain('# Dana and Marcus compared');
    expect(text).toMatch(/^- \*\*Discipline:\*\* Dana answered “Computed tomography \(CT\)”; Marcus answered “[^”]+”\.$/m);
    expect(text).toMatch(/Only in (Dana|Marcus)'s plan \(\d+\):/);
    const comparison = text.slice(text.indexOf('# Dana and Marcus compared'));
    expect(comparison).toMatch(/\*\*Why:\*\* Dana answered/);
    expect(comparison).toMatch(/\*\*Why:\*\* Marcus answered/);
    expect(comparison).not.toContain('You answered');
  });

  it('without --out prints the text handout to stdout, uncolored, with the comparison', async () => {
    const result = await runMain(['demo', '--persona', 'turned-down', '--format', 'text', '--compare', 'six-hours-away'], { home, env: { FORCE_COLOR: '1' } });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/^Dana: a demo persona\n=+\n/);
    expect(result.stdout).toContain('Dana and Marcus compared');
    expect(result.stdout).toMatch(/Why: Marcus answered/);
    expect(result.stdout).not.toContain('\u001B');
    // 80 columns, but for a web address too long for any line, kept whole to be copied.
    expect(result.stdout.split('\n').every((line) => line.length <= 80 || !line.trim().includes(' '))).toBe(true);
  });

  it('refuses --format without --persona, an unknown persona and --compare with the same persona: one line, exit 2, nothing written', async () => {
    const before = snapshotTree(home);
    const out = join(home, 'h.md');
    const cases: [string[], RegExp][] = [
      [['demo', '--format', 'markdown', '--out', out], /--persona/],
      [['demo', '--persona', 'nobody', '--format', 'markdown', '--out', out], /Unknown persona “nobody”.*turned-down \(Dana\).*six-hours-away \(Marcus\)/],
      [['demo', '--persona', 'Dana', '--format', 'text', '--compare', 'turned-down', '--out', out], /--compare needs a persona other than Dana/],
      [['demo', '--persona', 'Dana', '--format', 'text', '--compare', 'nobody'], /Unknown persona “nobody”/],
      [['demo', '--persona', 'Dana', '--out', out], /--format/],
    ];
    for (const [args, message] of cases) {
      const result = await runMain(args, { home });
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr).toMatch(message);
      expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(result.stdout).toBe('');
    }
    expect(snapshotTree(home)).toEqual(before);
  });

  it('an unknown --format is a usage error, exit 2', async () => {
    const result = await runMain(['demo', '--persona', 'Dana', '--format', 'json'], { home });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('format');
  });
});
