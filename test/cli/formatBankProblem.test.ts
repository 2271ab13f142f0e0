import { describe, expect, it } from 'vitest';
import type { BankProblem } from '../../src/core/bank/parseBank.js';
import { formatBankProblem } from '../../src/cli/formatBankProblem.js';
import { RAW_UNSAFE } from '../e2e/hostileSamples.js';

/** Belt and braces (issue 6): the schemas refuse hostile text, but the problem naming it quotes it, so it is cleaned. */
describe('formatBankProblem', () => {
  it.each<[string, BankProblem, string]>([
    ['file, question, field and message', { file: 'sections/01-you.yaml', questionId: 'pathway', field: 'label', message: 'contains a control character (U+001B); remove it' }, 'sections/01-you.yaml: pathway: label: contains a control character (U+001B); remove it'],
    ['no question or field', { file: 'bank.yaml', message: 'no section files found' }, 'bank.yaml: no section files found'],
    ['a hostile question id', { file: 'sections/02.yaml', questionId: 'obstacle\u001b]52;c;cm0gLXJmIH4K\u0007\u202e', field: 'id', message: 'must be snake_case' }, 'sections/02.yaml: obstacle: id: must be snake_case'],
    ['a hostile field (a misspelt key)', { file: 'plan.yaml', field: 'sources.evil\u001b[2J', message: 'key contains a control character (U+001B); remove it' }, 'plan.yaml: sources.evil: key contains a control character (U+001B); remove it'],
    ['a message quoting a hostile value', { file: 'sections/02.yaml', questionId: 'site_types', field: 'show_if', message: 'refers to unknown question “x\u001b[31my\u009b2J”' }, 'sections/02.yaml: site_types: show_if: refers to unknown question “xy”'],
    ['a hostile folder name', { file: 'bank\u001b]0;pwned\u0007/bank.yaml', message: 'not found' }, 'bank/bank.yaml: not found'],
  ])('%s', (_name, problem, expected) => {
    const line = formatBankProblem(problem);
    expect(line).toBe(expected);
    expect(line).not.toMatch(RAW_UNSAFE);
  });
});
