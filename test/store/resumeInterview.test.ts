import { describe, expect, it } from 'vitest';
import { resumeInterview } from '../../src/store/resumeInterview.js';
import { memoryStore } from '../../src/store/memoryStore.js';
import { tinyBank } from '../fixtures/tinyBank.js';

const bank = tinyBank();

describe('resumeInterview', () => {
  it('starts fresh with no notes when nothing is saved', () => {
    expect(resumeInterview(bank, memoryStore())).toMatchObject({ initial: { current: 'pathway' }, notes: [] });
  });

  it('resumes at the saved question with a one-line note', () => {
    const store = memoryStore({ progress: { answers: { pathway: 'post_primary' }, current: 'discipline', screen: 'question' }, bank: { id: 'tiny', version: '1' } });
    const { initial, notes } = resumeInterview(bank, store);
    expect(initial.current).toBe('discipline');
    expect(notes).toEqual(['Welcome back: your answers were saved. Picking up at question 2 of 5.']);
  });

  it('says which answers were dropped when the bank changed since they were saved, and keeps the rest', () => {
    const store = memoryStore({
      progress: { answers: { pathway: 'post_primary', retired_question: 'x', discipline: 'ct' }, current: 'site_types', screen: 'question' },
      bank: { id: 'tiny', version: '0.9' },
    });
    const { initial, notes } = resumeInterview(bank, store);
    expect(initial.answers).toEqual({ pathway: 'post_primary', discipline: 'ct' });
    expect(notes[0]).toBe('The questions were updated (0.9 → 1); 1 earlier answer no longer applies and was dropped: retired_question.');
  });

  it('reopens a finished interview on review', () => {
    const answers = { pathway: 'post_primary', discipline: 'ct', site_types: ['hospital'], state: 'OR', obstacle: '' };
    const store = memoryStore({ progress: { answers, current: null, screen: 'done' }, bank: { id: 'tiny', version: '1' } });
    expect(resumeInterview(bank, store).initial.screen).toBe('review');
  });
});
