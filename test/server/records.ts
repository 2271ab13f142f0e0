import { seeded, syntheticResponse } from '../bench/syntheticResponses.mjs';
import type { ResponseFile } from '../../src/core/survey/responseFile.js';
import { loadContentOrFail } from '../../src/cli/context.js';

/** Valid records for the shipped bank, varied but repeatable. */
export function recordMaker(seed = 1): (changes?: Partial<ResponseFile>) => ResponseFile {
  const random = seeded(seed);
  return (changes = {}) => ({ ...(syntheticResponse(random) as ResponseFile), ...changes });
}

export const shippedBank = async () => (await loadContentOrFail({})).bank;

export const TOKEN = 'staff-token-for-tests-0123456789abcdef';
