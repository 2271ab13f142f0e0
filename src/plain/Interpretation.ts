import type { FlowAction } from '../core/flow/flowReducer.js';

/** What one typed line means: an action for the reducer, "show it all again", or a reason to ask again. */
export type Interpretation =
  | { type: 'act'; action: FlowAction }
  | { type: 'repeat' }
  | { type: 'reask'; lines: string[] };
