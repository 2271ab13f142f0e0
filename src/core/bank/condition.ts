import { z } from 'zod';

/**
 * A condition over answers, used both for branching (`show_if`) and for plan rules (`when`).
 * `{question, in}` holds when a single answer is one of the values, or a multi answer includes one of them.
 * `{question, answered: true}` holds when the question has a non-empty answer.
 */
export type Condition =
  | { question: string; in: string[] }
  | { question: string; answered: boolean }
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition };

export const conditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.strictObject({ question: z.string(), in: z.array(z.string()).min(1) }),
    z.strictObject({ question: z.string(), answered: z.boolean() }),
    z.strictObject({ all: z.array(conditionSchema).min(1) }),
    z.strictObject({ any: z.array(conditionSchema).min(1) }),
    z.strictObject({ not: conditionSchema }),
  ]),
);
