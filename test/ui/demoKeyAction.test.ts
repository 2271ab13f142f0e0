import { describe, expect, it } from 'vitest';
import { demoKeyAction, type DemoSituation } from '../../src/ui/demo/demoKeyAction.js';
import type { Intent, IntentType } from '../../src/ui/keyMap.js';

const onQuestion: DemoSituation = { view: 'flow', onQuestion: true, others: 2, autoplay: true };
const onPlan: DemoSituation = { ...onQuestion, onQuestion: false };
const picking: DemoSituation = { ...onPlan, view: 'comparePick' };
const comparing: DemoSituation = { ...onPlan, view: 'compare' };
const alone = { others: 0, autoplay: false };
const key = (type: IntentType) => ({ type }) as Intent;

describe('demoKeyAction: what a presenter key does where the demo is', () => {
  it.each<[string, IntentType, DemoSituation, ReturnType<typeof demoKeyAction>]>([
    ['quits anywhere', 'quit', comparing, 'quit'],
    ['starts the persona again anywhere', 'restart', onPlan, 'restart'],
    ['switches persona when there is another', 'switch', onQuestion, 'switch'],
    ['does not switch when there is no other', 'switch', { ...onQuestion, ...alone }, null],
    ['pauses autoplay', 'pause', onQuestion, 'pause'],
    ['has no pause without autoplay', 'pause', { ...onQuestion, ...alone }, null],
    ['starts a jump in the flow', 'goto', onPlan, 'goto'],
    ['does not jump from a comparison', 'goto', comparing, null],
    ['steps on with Enter on a question', 'confirm', onQuestion, 'next'],
    ['steps on with → on a question', 'forward', onQuestion, 'next'],
    ['steps on with Page Down (a clicker) on a question', 'pageDown', onQuestion, 'next'],
    ['steps back with Page Up (a clicker) on a question', 'pageUp', onQuestion, 'back'],
    ['lets the class change the answer', 'change', onQuestion, 'change'],
    ['shows the survey figures', 'survey', onQuestion, 'survey'],
    ['jumps to the plan', 'plan', onQuestion, 'plan'],
    ['does not compare from a question', 'compare', onQuestion, null],
    ['goes back from the plan to the last question', 'back', onPlan, 'back'],
    ['picks a persona to compare from the plan', 'compare', onPlan, 'comparePick'],
    ['does not compare with no other persona', 'compare', { ...onPlan, ...alone }, null],
    ['leaves a comparison with back', 'back', comparing, 'toFlow'],
    ['leaves a comparison with p', 'plan', comparing, 'toFlow'],
    ['picks another persona from a comparison', 'compare', comparing, 'comparePick'],
    ['leaves the picker with back', 'back', picking, 'toFlow'],
    ['ignores Enter on the plan (it scrolls there)', 'confirm', onPlan, null],
  ])('%s', (_name, type, situation, action) => {
    expect(demoKeyAction(key(type), situation)).toBe(action);
  });
});
