import type { Condition } from '../bank/condition.js';
import type { Bank, QuestionInBank } from '../bank/schema.js';
import { coreOf, optionsOf } from '../../kinds/coreKinds.js';

/**
 * A REDCap checkbox code for an option value. REDCap names checkbox columns `field___code` and wants them
 * lowercase, so the code is the value lowercased (our multi-choice values are already snake_case).
 */
export function redcapCheckboxCode(value: string): string {
  return value.toLowerCase();
}

/** An expression before it is written out: an atom such as `[q] = 'a'`, or an and/or group. */
type Expr = string | { op: 'and' | 'or'; items: Expr[] };

function group(op: 'and' | 'or', items: Expr[]): Expr {
  const flat = items.flatMap((e) => (typeof e !== 'string' && e.op === op ? e.items : [e]));
  return flat.length === 1 ? flat[0]! : { op, items: flat };
}

function write(expr: Expr): string {
  if (typeof expr === 'string') return expr;
  return `(${expr.items.map(write).join(` ${expr.op} `)})`;
}

/** A value inside single quotes. Bank values are snake_case or two-letter codes; quotes are dropped to be safe. */
function quoted(value: string): string {
  return `'${value.replace(/['"]/g, '')}'`;
}

function translate(condition: Condition, negated: boolean, byId: ReadonlyMap<string, QuestionInBank>): Expr {
  if ('not' in condition) return translate(condition.not, !negated, byId);
  if ('all' in condition || 'any' in condition) {
    const isAll = 'all' in condition;
    const items = (isAll ? condition.all : condition.any).map((c) => translate(c, negated, byId));
    // De Morgan: not(all) is any of the negations, not(any) is all of them.
    return group(isAll !== negated ? 'and' : 'or', items);
  }

  const question = byId.get(condition.question);
  const id = condition.question;
  const joiner = negated ? 'and' : 'or';
  if (question && coreOf(question).redcap.checkboxes) {
    const codes = 'in' in condition ? condition.in : (optionsOf(question) ?? []).map((o) => o.value);
    // `answered: false` reads as "no box ticked", which is the negation of "some box ticked".
    const ticked = 'in' in condition ? !negated : condition.answered !== negated;
    return group(ticked ? 'or' : 'and', codes.map((v) => `[${id}(${redcapCheckboxCode(v)})] = '${ticked ? '1' : '0'}'`));
  }
  if ('in' in condition) {
    return group(joiner, condition.in.map((v) => `[${id}] ${negated ? '<>' : '='} ${quoted(v)}`));
  }
  return `[${id}] ${condition.answered !== negated ? '<>' : '='} ''`;
}

/**
 * Our `show_if` condition in REDCap branching-logic syntax. REDCap has no general `not()`, so negations are
 * pushed down to the comparisons (De Morgan; `=` and `<>` swap, checkbox `'1'` and `'0'` swap).
 * Single-choice and text questions compare `[id]` with the raw value; multi-choice questions test each
 * checkbox as `[id(code)] = '1'`. A question the bank does not know is treated as single-choice.
 */
export function redcapBranching(condition: Condition, bank: Pick<Bank, 'questions'>): string {
  const byId = new Map(bank.questions.map((q) => [q.id, q]));
  return write(translate(condition, false, byId));
}
