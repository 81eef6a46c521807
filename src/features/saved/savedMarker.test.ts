import { describe, expect, it } from 'vitest';
import { markSaved, SAVED_MARKER_KEY } from './savedMarker';

function memoryStorage() {
  const items = new Map<string, string>();
  return { items, setItem: (k: string, v: string) => void items.set(k, v), removeItem: (k: string) => void items.delete(k) };
}

describe('the saved marker', () => {
  it('is set while the device holds saved articles and gone when it holds none', () => {
    const storage = memoryStorage();
    markSaved(2, storage);
    expect(storage.items.get(SAVED_MARKER_KEY)).toBe('1');
    markSaved(0, storage);
    expect(storage.items.has(SAVED_MARKER_KEY)).toBe(false);
  });

  it('never throws where storage is refused', () => {
    const refusing = { setItem: () => { throw new DOMException('denied', 'SecurityError'); }, removeItem: () => undefined };
    expect(() => markSaved(1, refusing)).not.toThrow();
  });
});
