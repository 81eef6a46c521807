import { describe, expect, it } from 'vitest';
import { storageProblem } from './storageError';

describe('storageProblem', () => {
  it('tells a full disk from a refusal', () => {
    expect(storageProblem(new DOMException('x', 'QuotaExceededError'))).toBe('quota');
    expect(storageProblem(new DOMException('x', 'NS_ERROR_DOM_QUOTA_REACHED'))).toBe('quota');
    expect(storageProblem(new DOMException('x', 'SecurityError'))).toBe('refused');
    expect(storageProblem(new Error('IndexedDB is not available'))).toBe('refused');
    expect(storageProblem('weird')).toBe('refused');
  });
});
