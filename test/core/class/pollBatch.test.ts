import { describe, expect, it } from 'vitest';
import { defaultAutoBatch, pollDecision, type PollTrigger } from '../../../src/core/class/pollBatch.js';

describe('pollDecision: when the class view may show a new snapshot', () => {
  it.each<[string, number, number, PollTrigger, number, number | undefined, boolean, number]>([
    // name, changes, shownChanges, trigger, K, autoBatch, publish, waiting
    ['nothing in yet', 0, 0, 'arrival', 3, undefined, false, 0],
    ['nothing in yet, u pressed', 0, 0, 'request', 3, undefined, false, 0],
    ['fewer than K in, u pressed', 2, 0, 'request', 3, undefined, false, 2],
    ['K in, u pressed', 3, 0, 'request', 3, undefined, true, 3],
    ['K in, no key: waits for 2K', 3, 0, 'arrival', 3, undefined, false, 3],
    ['2K − 1 in, no key', 5, 0, 'arrival', 3, undefined, false, 5],
    ['2K in: updates by itself', 6, 0, 'arrival', 3, undefined, true, 6],
    ['K − 1 since the last snapshot, u pressed', 8, 6, 'request', 3, undefined, false, 2],
    ['K since the last snapshot, u pressed', 9, 6, 'request', 3, undefined, true, 3],
    ['more than K since, u pressed', 20, 6, 'request', 3, undefined, true, 14],
    ['K = 5: 9 since, arrival', 9, 0, 'arrival', 5, undefined, false, 9],
    ['K = 5: 10 since, arrival', 10, 0, 'arrival', 5, undefined, true, 10],
    ['autoBatch below K is raised to K', 2, 0, 'arrival', 3, 1, false, 2],
    ['autoBatch below K is raised to K (K reached)', 3, 0, 'arrival', 3, 1, true, 3],
    ['autoBatch above 2K', 11, 0, 'arrival', 3, 12, false, 11],
    ['a count that went backwards waits for nothing', 4, 6, 'request', 3, undefined, false, 0],
  ])('%s', (_name, changes, shownChanges, trigger, minCell, autoBatch, publish, waiting) => {
    const decision = pollDecision({ changes, shownChanges }, trigger, { minCell, ...(autoBatch === undefined ? {} : { autoBatch }) });
    expect(decision.publish).toBe(publish);
    expect(decision.waiting).toBe(waiting);
    if (!decision.publish) expect(waiting + decision.needed).toBe(trigger === 'request' ? minCell : Math.max(minCell, autoBatch ?? 2 * minCell));
  });

  it('never lets two published snapshots lie fewer than K changes apart, whatever the order of arrivals and keys', () => {
    for (const minCell of [2, 3, 5]) {
      let shown = 0;
      let changes = 0;
      // A fixed pseudo-random order of 400 events.
      let seed = 17 * minCell;
      for (let i = 0; i < 400; i += 1) {
        seed = (seed * 1103515245 + 12345) % 2 ** 31;
        const trigger: PollTrigger = seed % 3 === 0 ? 'request' : 'arrival';
        if (trigger === 'arrival') changes += 1;
        const decision = pollDecision({ changes, shownChanges: shown }, trigger, { minCell });
        if (decision.publish) {
          expect(changes - shown).toBeGreaterThanOrEqual(minCell);
          shown = changes;
        }
      }
    }
  });

  it('defaults the automatic batch to twice K', () => {
    expect(defaultAutoBatch(3)).toBe(6);
    expect(defaultAutoBatch(5)).toBe(10);
  });
});
