import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Condition } from '../../../src/core/bank/condition.js';
import { evaluate } from '../../../src/core/bank/evaluate.js';
import { redcapBranching, redcapCheckboxCode } from '../../../src/core/survey/redcapBranching.js';
import { tinyBank } from '../../fixtures/tinyBank.js';

const bank = tinyBank();
const allSites = "([site_types(hospital)] = '1' or [site_types(imaging_center)] = '1' or [site_types(small_clinic)] = '1')";
const noSites = "([site_types(hospital)] = '0' and [site_types(imaging_center)] = '0' and [site_types(small_clinic)] = '0')";

describe('redcapBranching', () => {
  it.each<[string, Condition, string]>([
    ['single, one value', { question: 'pathway', in: ['post_primary'] }, "[pathway] = 'post_primary'"],
    ['single, several values', { question: 'pathway', in: ['post_primary', 'sonography_student'] },
      "([pathway] = 'post_primary' or [pathway] = 'sonography_student')"],
    ['single with a two-letter code keeps its case', { question: 'state', in: ['NM', 'OR'] }, "([state] = 'NM' or [state] = 'OR')"],
    ['multi, one value', { question: 'site_types', in: ['hospital'] }, "[site_types(hospital)] = '1'"],
    ['multi, several values', { question: 'site_types', in: ['hospital', 'small_clinic'] },
      "([site_types(hospital)] = '1' or [site_types(small_clinic)] = '1')"],
    ['answered on single', { question: 'pathway', answered: true }, "[pathway] <> ''"],
    ['not answered on single', { question: 'pathway', answered: false }, "[pathway] = ''"],
    ['answered on text', { question: 'obstacle', answered: true }, "[obstacle] <> ''"],
    ['answered on multi: any box ticked', { question: 'site_types', answered: true }, allSites],
    ['not answered on multi: no box ticked', { question: 'site_types', answered: false }, noSites],
    ['all', { all: [{ question: 'pathway', in: ['post_primary'] }, { question: 'site_types', in: ['hospital'] }] },
      "([pathway] = 'post_primary' and [site_types(hospital)] = '1')"],
    ['all with one item has no extra parentheses', { all: [{ question: 'pathway', in: ['post_primary'] }] }, "[pathway] = 'post_primary'"],
    ['any', { any: [{ question: 'pathway', in: ['post_primary'] }, { question: 'obstacle', answered: true }] },
      "([pathway] = 'post_primary' or [obstacle] <> '')"],
    ['all nesting any', {
      all: [
        { any: [{ question: 'pathway', in: ['post_primary'] }, { question: 'site_types', in: ['hospital'] }] },
        { question: 'state', in: ['NM'] },
      ],
    }, "(([pathway] = 'post_primary' or [site_types(hospital)] = '1') and [state] = 'NM')"],
    ['any nesting any flattens', {
      any: [{ question: 'pathway', in: ['post_primary', 'sonography_student'] }, { question: 'state', in: ['NM'] }],
    }, "([pathway] = 'post_primary' or [pathway] = 'sonography_student' or [state] = 'NM')"],
    ['not over single in', { not: { question: 'pathway', in: ['post_primary', 'sonography_student'] } },
      "([pathway] <> 'post_primary' and [pathway] <> 'sonography_student')"],
    ['not over multi in', { not: { question: 'site_types', in: ['hospital', 'small_clinic'] } },
      "([site_types(hospital)] = '0' and [site_types(small_clinic)] = '0')"],
    ['not over answered on single', { not: { question: 'pathway', answered: true } }, "[pathway] = ''"],
    ['not over answered on multi', { not: { question: 'site_types', answered: true } }, noSites],
    ['not over not answered on multi', { not: { question: 'site_types', answered: false } }, allSites],
    ['not over any (De Morgan)', { not: { any: [{ question: 'pathway', in: ['post_primary'] }, { question: 'site_types', in: ['hospital'] }] } },
      "([pathway] <> 'post_primary' and [site_types(hospital)] = '0')"],
    ['not over all (De Morgan)', { not: { all: [{ question: 'pathway', in: ['post_primary'] }, { question: 'state', in: ['NM', 'NY'] }] } },
      "([pathway] <> 'post_primary' or ([state] <> 'NM' and [state] <> 'NY'))"],
    ['double negation cancels', { not: { not: { question: 'pathway', in: ['post_primary'] } } }, "[pathway] = 'post_primary'"],
  ])('%s', (_name, condition, expected) => {
    expect(redcapBranching(condition, bank)).toBe(expected);
  });

  it('lowercases checkbox codes', () => {
    expect(redcapCheckboxCode('Imaging_Center')).toBe('imaging_center');
  });
});

/**
 * A small interpreter for the REDCap subset redcapBranching writes: `[q] = 'v'`, `[q] <> 'v'`, `[q(code)] = '1'`,
 * `and`, `or` and parentheses. A blank field is '' and an unticked checkbox is '0', as in REDCap.
 */
function runRedcap(logic: string, answers: Record<string, string | string[]>): boolean {
  const tokens: string[] = [];
  const token = /\s*(\[[a-z_]+(?:\([a-z0-9_]+\))?\]\s*(?:=|<>)\s*'[^']*'|\(|\)|and\b|or\b)/y;
  while (token.lastIndex < logic.length) {
    const match = token.exec(logic);
    if (!match) throw new Error(`cannot read ${logic.slice(token.lastIndex)}`);
    tokens.push(match[1]!);
  }
  let at = 0;
  const atom = (text: string): boolean => {
    const [, id, code, op, value] = /^\[([a-z_]+)(?:\(([a-z0-9_]+)\))?\]\s*(=|<>)\s*'([^']*)'$/.exec(text)!;
    const answer = answers[id!];
    const actual = code === undefined
      ? (Array.isArray(answer) ? answer.join(',') : answer ?? '')
      : (Array.isArray(answer) && answer.map(redcapCheckboxCode).includes(code) ? '1' : '0');
    return op === '=' ? actual === value : actual !== value;
  };
  const primary = (): boolean => {
    const t = tokens[at++]!;
    if (t !== '(') return atom(t);
    const value = expression();
    if (tokens[at++] !== ')') throw new Error('missing )');
    return value;
  };
  const expression = (): boolean => {
    let value = primary();
    let op: string | undefined;
    while (tokens[at] === 'and' || tokens[at] === 'or') {
      if (op !== undefined && tokens[at] !== op) throw new Error('and and or mixed without parentheses');
      op = tokens[at++];
      const right = primary();
      value = op === 'and' ? value && right : value || right;
    }
    return value;
  };
  const result = expression();
  if (at !== tokens.length) throw new Error(`left over: ${tokens.slice(at).join(' ')}`);
  return result;
}

describe('redcapBranching agrees with evaluate()', () => {
  const single = (id: string) => {
    const q = bank.questions.find((x) => x.id === id)!;
    return 'options' in q ? q.options.map((o) => o.value) : [];
  };
  const leaf: fc.Arbitrary<Condition> = fc.oneof(
    ...(['pathway', 'state', 'site_types'] as const).map((id) =>
      fc.uniqueArray(fc.constantFrom(...single(id)), { minLength: 1, maxLength: 3 }).map((values): Condition => ({ question: id, in: values })),
    ),
    fc.record({ question: fc.constantFrom('pathway', 'site_types', 'obstacle', 'state'), answered: fc.boolean() }),
  );
  const condition = fc.letrec<{ c: Condition }>((tie) => ({
    c: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      leaf,
      fc.array(tie('c'), { minLength: 1, maxLength: 3 }).map((all): Condition => ({ all })),
      fc.array(tie('c'), { minLength: 1, maxLength: 3 }).map((any): Condition => ({ any })),
      tie('c').map((not): Condition => ({ not })),
    ),
  })).c;
  const answers = fc.record(
    {
      pathway: fc.constantFrom(...single('pathway')),
      state: fc.constantFrom(...single('state')),
      site_types: fc.subarray(single('site_types')),
      // Whitespace-only text is left out: our engine trims it away before it is stored.
      obstacle: fc.constantFrom('', 'no site near me'),
    },
    { requiredKeys: [] },
  );

  it('for random conditions and answers', () => {
    fc.assert(
      fc.property(condition, answers, (c, a) => {
        expect(runRedcap(redcapBranching(c, bank), a)).toBe(evaluate(c, a));
      }),
      { numRuns: 2000 },
    );
  });
});
