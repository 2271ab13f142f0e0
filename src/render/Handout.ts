import type { SectionDifference } from '../core/plan/comparePlans.js';
import type { Plan } from '../core/plan/planContentSchema.js';

/** One answer as the review shows it: the question's short label and the answer in words. */
export interface HandoutAnswer {
  label: string;
  answer: string;
}

/** A question two personas answered differently; undefined: that persona was not asked it. */
export interface HandoutDifference {
  label: string;
  first: string | undefined;
  second: string | undefined;
}

/** What a demo handout holds, already in words (src/cli/demoHandout.ts builds it; the renderers only lay it out). */
export interface Handout {
  name: string;
  story: string;
  answers: HandoutAnswer[];
  /** The persona's plan, built as `plan` builds anyone's. */
  plan: Plan;
  /** With `--compare OTHER`: the answers that differ, and the plans' differences with each Why naming its persona. */
  comparison?: {
    otherName: string;
    otherStory: string;
    answers: HandoutDifference[];
    plans: SectionDifference[];
  };
}
