import { describe, expect, it } from 'vitest';
import { skipMissingOptional } from '../../../src/core/flow/skipMissingOptional.js';
import { unansweredQuestions } from '../../../src/core/flow/visibility.js';
import { tinyBank } from '../../fixtures/tinyBank.js';

const bank = tinyBank();
const complete = { pathway: 'post_primary', discipline: 'ct', site_types: ['hospital'], state: 'TX' };

describe('skipMissingOptional', () => {
  it('saves a left-out optional text question as skipped, so the answers are complete', () => {
    expect(unansweredQuestions(bank, complete).map((q) => q.id)).toEqual(['obstacle']);
    const { answers, skipped } = skipMissingOptional(bank, complete);
    expect(skipped).toEqual(['obstacle']);
    expect(answers).toEqual({ ...complete, obstacle: '' });
    expect(unansweredQuestions(bank, answers)).toEqual([]);
  });

  it('keeps an optional answer that was given, and never fills a required question', () => {
    const given = { pathway: 'post_primary', obstacle: 'no site near me' };
    const { answers, skipped } = skipMissingOptional(bank, given);
    expect(skipped).toEqual([]);
    expect(answers).toEqual(given);
    expect(unansweredQuestions(bank, answers).map((q) => q.id)).toEqual(['discipline', 'site_types', 'state']);
  });
});
