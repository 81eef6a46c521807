import { describe, expect, it, vi } from 'vitest';
import { isChunkLoadError, reloadOnce } from './chunkRecovery';

function memoryStorage() {
  const map = new Map<string, string>();
  return { getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v) };
}

describe('reloadOnce', () => {
  it('reloads once, then lets the error show instead of looping', () => {
    const storage = memoryStorage();
    const reload = vi.fn();
    expect(reloadOnce({ storage, now: 1_000_000, reload })).toBe(true);
    expect(reloadOnce({ storage, now: 1_005_000, reload })).toBe(false);
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('may reload again after a later deploy', () => {
    const storage = memoryStorage();
    const reload = vi.fn();
    reloadOnce({ storage, now: 1_000_000, reload });
    expect(reloadOnce({ storage, now: 1_000_000 + 3_600_000, reload })).toBe(true);
  });

  it('does not reload when it cannot remember having done so', () => {
    const storage = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
    };
    const reload = vi.fn();
    expect(reloadOnce({ storage, now: 1, reload })).toBe(false);
    expect(reload).not.toHaveBeenCalled();
  });
});

describe('isChunkLoadError', () => {
  it('recognises the browsers’ dynamic import failures only', () => {
    expect(isChunkLoadError(new TypeError('Failed to fetch dynamically imported module: /assets/a.js'))).toBe(true);
    expect(isChunkLoadError(new TypeError('Importing a module script failed.'))).toBe(true);
    expect(isChunkLoadError(new Error('boom'))).toBe(false);
    expect(isChunkLoadError('Failed to fetch dynamically imported module')).toBe(false);
  });
});
