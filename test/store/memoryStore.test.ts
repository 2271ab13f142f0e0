import { describe, expect, it } from 'vitest';
import { memoryStore } from '../../src/store/memoryStore.js';

const bank = { id: 'tiny', version: '1' };
const record = { format: 'clinical-path/response', formatVersion: 2, bank, responseId: '9b2f0c1e-6a4d-4f3e-8b7a-1c2d3e4f5a6b', revision: 1, consentVersion: '1', month: '2026-11', answers: {} };

describe('memoryStore', () => {
  it('keeps a pending response apart from the caller’s copy, clears it with null, and forgets it on reset', () => {
    const store = memoryStore();
    expect(store.open().pending).toBeNull();
    const pending = { record, digest: 'abc', url: 'http://127.0.0.1:1/', attempts: 0, nextAttemptAt: '2026-11-23T10:00:00.000Z' };
    store.savePending(pending);
    pending.attempts = 5;
    expect(store.open().pending).toMatchObject({ attempts: 0, url: 'http://127.0.0.1:1/' });
    store.savePending(null);
    expect(store.open().pending).toBeNull();
    store.savePending(pending);
    store.reset();
    expect(store.open().pending).toBeNull();
  });
});
