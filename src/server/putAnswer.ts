import type { PutOutcome } from './db/SurveyDb.js';

/**
 * The HTTP status for what storing a response came to (design.md §4, Server API). A refusal carries an error code a
 * client can act on without reading words: `submit` tells "already used" apart from "not an invite".
 */
export interface PutAnswer {
  status: 200 | 201 | 403 | 409;
  error?: { code: 'newer' | 'conflict' | 'inviteUnknown' | 'inviteUsed'; field: string | null };
}

export function putAnswer(outcome: PutOutcome): PutAnswer {
  switch (outcome) {
    case 'stored':
    case 'replaced':
      return { status: 201 };
    case 'same':
      return { status: 200 };
    case 'newer':
      return { status: 409, error: { code: 'newer', field: 'revision' } };
    case 'conflict':
      return { status: 409, error: { code: 'conflict', field: 'revision' } };
    case 'inviteUnknown':
      return { status: 403, error: { code: 'inviteUnknown', field: null } };
    case 'inviteUsed':
      return { status: 409, error: { code: 'inviteUsed', field: null } };
    default: {
      const unreachable: never = outcome;
      throw new Error(`unknown outcome ${String(unreachable)}`);
    }
  }
}
