// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterFirstPaint, yieldToMain } from './yieldToMain';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('yieldToMain', () => {
  it('uses scheduler.yield where the browser has it', async () => {
    const yieldFn = vi.fn(() => Promise.resolve());
    vi.stubGlobal('scheduler', { yield: yieldFn });
    await yieldToMain();
    expect(yieldFn).toHaveBeenCalledOnce();
  });

  it('otherwise resolves in a later task, after work already queued', async () => {
    vi.stubGlobal('scheduler', undefined);
    const order: string[] = [];
    setTimeout(() => order.push('queued first'), 0);
    await yieldToMain();
    order.push('after yield');
    expect(order).toEqual(['queued first', 'after yield']);
  });
});

/** A PerformanceObserver stand-in: jsdom has none, and the browser's paint entries cannot be made in Node. */
class PaintObserver {
  static supportedEntryTypes = ['paint'];
  static instances: PaintObserver[] = [];
  disconnected = false;
  constructor(private readonly callback: (list: { getEntriesByName: (name: string) => unknown[] }) => void) {
    PaintObserver.instances.push(this);
  }
  observe() {}
  disconnect() {
    this.disconnected = true;
  }
  report(name: string) {
    this.callback({ getEntriesByName: (wanted) => (wanted === name ? [{ name }] : []) });
  }
}

describe('afterFirstPaint', () => {
  it('waits for the first contentful paint, not any paint', async () => {
    PaintObserver.instances = [];
    vi.stubGlobal('PerformanceObserver', PaintObserver);
    let done = false;
    const waiting = afterFirstPaint(10_000).then(() => {
      done = true;
    });
    const observer = PaintObserver.instances[0]!;
    observer.report('first-paint');
    await Promise.resolve();
    expect(done).toBe(false);
    observer.report('first-contentful-paint');
    await waiting;
    expect(done).toBe(true);
    expect(observer.disconnected).toBe(true);
  });

  it('gives up waiting when no paint comes (a background tab)', async () => {
    vi.useFakeTimers();
    vi.stubGlobal('PerformanceObserver', PaintObserver);
    let done = false;
    void afterFirstPaint(1500).then(() => {
      done = true;
    });
    await vi.advanceTimersByTimeAsync(1499);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(done).toBe(true);
  });

  it('does not wait where the browser cannot report paints', async () => {
    vi.stubGlobal('PerformanceObserver', undefined);
    await expect(afterFirstPaint()).resolves.toBeUndefined();
  });
});
