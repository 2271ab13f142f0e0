import type { SchemaCode } from '../contentProblem.js';

/**
 * Names every plain JavaScript object already answers to (`constructor`, `__proto__`, `toString`, `valueOf`, …).
 * As a question id, option value or plan id such a name would be found in an empty answers object
 * (`{}['constructor']` is a function), so a bank using one is refused by `validate`, naming the file and field.
 */
export const RESERVED_NAMES: ReadonlySet<string> = new Set(Object.getOwnPropertyNames(Object.prototype));

export const isReservedName = (id: string): boolean => RESERVED_NAMES.has(id);

/** The schema code for such a name (worded by src/messages). */
export const RESERVED_NAME = 'reservedName' satisfies SchemaCode;
