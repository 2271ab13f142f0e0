import { describeAnswer, questionLabel } from '../core/bank/describeAnswer.js';
import { answerOf } from '../core/bank/answerOf.js';
import type { Content } from '../core/content.js';
import { visibleQuestions } from '../core/flow/visibility.js';
import { compareAnswers } from '../core/persona/compareAnswers.js';
import type { Persona } from '../core/persona/personaSchema.js';
import { buildPlan } from '../core/plan/buildPlan.js';
import { comparePlans } from '../core/plan/comparePlans.js';
import { personaPlanWords, planWords } from '../messages/planWords.js';
import type { Handout } from '../render/Handout.js';

/**
 * The handout for `persona`, and with `other` the comparison, in words: the answers as the review lists them, the
 * plan as `plan` builds it (so the handout's plan is the one a student with these answers gets), and for the
 * comparison plans whose Why sentences name each persona ("Dana answered …"), since "You answered" would be both.
 */
export function buildHandout(content: Content, persona: Persona, now: Date, other?: Persona): Handout {
  const { bank } = content;
  const planOf = (answers: Persona['answers'], words = planWords) => buildPlan(words, bank, content.plan, answers, now, content.states);
  const answers = visibleQuestions(bank, persona.answers).map((q) => ({ label: questionLabel(q), answer: describeAnswer(q, answerOf(persona.answers, q.id)) }));
  const handout: Handout = { name: persona.name, story: persona.story, answers, plan: planOf(persona.answers) };
  if (!other) return handout;
  const described = (q: Parameters<typeof describeAnswer>[0], value: Parameters<typeof describeAnswer>[1]) => (value === undefined ? undefined : describeAnswer(q, value));
  return {
    ...handout,
    comparison: {
      otherName: other.name,
      otherStory: other.story,
      answers: compareAnswers(bank, persona.answers, other.answers).map((d) => ({
        label: questionLabel(d.question),
        first: described(d.question, d.first),
        second: described(d.question, d.second),
      })),
      plans: comparePlans(planOf(persona.answers, personaPlanWords(persona.name)), planOf(other.answers, personaPlanWords(other.name))),
    },
  };
}
