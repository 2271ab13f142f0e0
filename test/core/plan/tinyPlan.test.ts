import { describe, expect, it } from 'vitest';
import { checkPlanContent } from '../../../src/core/plan/checkPlanContent.js';
import { planContentSchema } from '../../../src/core/plan/planContentSchema.js';
import { tinyBank } from '../../fixtures/tinyBank.js';
import { tinyPlan } from '../../fixtures/tinyPlan.js';

describe('the tinyPlan fixture', () => {
  it('matches the plan.yaml schema', () => {
    expect(planContentSchema.safeParse(tinyPlan).error?.issues).toBeUndefined();
  });

  it('passes checkPlanContent against tinyBank', () => {
    expect(checkPlanContent(tinyBank(), tinyPlan)).toEqual([]);
  });
});
