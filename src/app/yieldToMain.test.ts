// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterNextPaint, yieldToMain } from './yieldToMain';

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

describe('afterNextPaint', () => {
  it('resolves only after a frame has run', async () => {
    vi.useFakeTimers();
    let framed = false;
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => setTimeout(() => { framed = true; callback(0); }, 16));
    let done = false;
    void afterNextPaint().then(() => { done = true; });
    await vi.advanceTimersByTimeAsync(10);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(10);
    expect(framed).toBe(true);
    expect(done).toBe(true);
  });

  it('still resolves when no frame comes (a background tab)', async () => {
    vi.useFakeTimers();
    vi.stubGlobal('requestAnimationFrame', () => 0);
    let done = false;
    void afterNextPaint().then(() => { done = true; });
    await vi.advanceTimersByTimeAsync(100);
    expect(done).toBe(true);
  });
});
