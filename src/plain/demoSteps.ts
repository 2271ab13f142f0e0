import { answerOf } from '../core/bank/answerOf.js';
import { describeAnswer } from '../core/bank/describeAnswer.js';
import type { Content } from '../core/content.js';
import { visibleQuestions } from '../core/flow/visibility.js';
import type { Persona } from '../core/persona/personaSchema.js';
import { linesOf } from '../kinds/lineKinds.js';
import { demoWords as w } from '../messages/demoWords.js';
import { questionHeading } from '../messages/questionHeading.js';
import { numberedOptions, numbersOf } from './numberedOptions.js';
import { plainLine } from './plainLine.js';
import { plainPlan } from './plainPlan.js';

/**
 * `demo --plain` as steps of whole lines, one step per Enter: the persona's story, then each question they were asked
 * with its options numbered (as the interview lists them in plain mode) and their answer, then their plan. No prompt
 * here: what to press is the runner's to say, since it depends on whether anyone is still typing.
 */
export function demoSteps(content: Content, persona: Persona, now: Date): string[][] {
  const { bank } = content;
  const questions = visibleQuestions(bank, persona.answers);
  const intro = [plainLine(w.story(persona.name, persona.story)), w.nothingSaved, plainLine(w.plainSteps(persona.name, questions.length))];
  const asked = questions.map((question, i) => {
    const heading = questionHeading({ index: i + 1, total: questions.length, section: question.section }, ', ');
    // A long list that plain mode asks for by name (54 states) is not read out here either: the answer says it.
    const rows = linesOf(question).filtered(question) ? [] : numberedOptions(question, persona.answers);
    const options = rows.map((o) => plainLine(`${o.label}${o.hint ? ` — ${o.hint}` : ''}`, `${o.number}. `));
    const value = answerOf(persona.answers, question.id);
    const numbers = numbersOf(rows, value === undefined ? [] : [value].flat());
    return ['', plainLine(`${heading}: ${question.prompt}`), ...options, plainLine(w.personaAnswered(persona.name, describeAnswer(question, value), numbers))];
  });
  const plan = ['', plainLine(w.planFollows(persona.name)), ...plainPlan(content, persona.answers, now)];
  return [intro, ...asked, plan];
}
