import { describe, expect, it } from 'vitest';
import { demoSteps } from '../../src/plain/demoSteps.js';
import { shippedContent } from './plainRun.js';

const content = shippedContent();
const dana = content.personas.find((p) => p.id === 'turned-down');

describe('demoSteps', () => {
  it('is the story, one step per question Dana was asked, then her plan', () => {
    if (!dana) throw new Error('no Dana');
    const steps = demoSteps(content, dana, new Date(Date.UTC(2026, 10, 1)));
    expect(steps).toHaveLength(24);
    expect(steps[0]?.[0]).toMatch(/^Demo: Dana — /);
    for (const [i, step] of steps.slice(1, -1).entries()) {
      expect(step[1]).toMatch(new RegExp(`^Question ${i + 1} of 22, `));
      expect(step.at(-1)).toMatch(/^Dana's answer: /);
    }
    expect(steps.at(-1)?.[1]).toBe("Dana's plan:");
  });

  it('numbers the options, but does not read out a list asked for by name (the states)', () => {
    if (!dana) throw new Error('no Dana');
    const steps = demoSteps(content, dana, new Date());
    const discipline = steps.find((s) => s.includes("Dana's answer: Computed tomography (CT) (number 1)")) ?? [];
    expect(discipline.filter((line) => /^\d+\. /.test(line)).length).toBeGreaterThan(3);
    const sites = steps.find((s) => s.includes("Dana's answer: Hospital, Small clinic (numbers 1 and 4)"));
    expect(sites).toBeDefined();
    const state = steps.find((s) => s.includes("Dana's answer: Ohio")) ?? [];
    expect(state.filter((line) => /^\d+\. /.test(line))).toEqual([]);
  });
});
