import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { INTL_WARM_MARK, warmIntlOffThread } from './warmIntlOffThread';

/**
 * The fallbacks, with a stand-in worker: neither Node nor jsdom has Worker. The real worker
 * runs in Chromium in e2e/intl-warmup.spec.ts.
 */
class StandInWorker {
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  posted: unknown[] = [];
  terminated = false;
  postMessage(message: unknown) {
    this.posted.push(message);
  }
  terminate() {
    this.terminated = true;
  }
}

describe('warmIntlOffThread', () => {
  let worker: StandInWorker;
  const create = () => worker as unknown as Worker;

  beforeEach(() => {
    worker = new StandInWorker();
    vi.stubGlobal('Worker', StandInWorker);
    performance.clearMarks(INTL_WARM_MARK);
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('sends the locale and resolves true with a mark once the worker reports', async () => {
    const warmed = warmIntlOffThread('fa-IR', 3000, create);
    expect(worker.posted).toEqual(['fa-IR']);
    worker.onmessage?.(new MessageEvent('message', { data: 'fa-IR' }));
    await expect(warmed).resolves.toBe(true);
    expect(performance.getEntriesByName(INTL_WARM_MARK).map((mark) => (mark as PerformanceMark).detail)).toEqual(['fa-IR']);
    expect(worker.onmessage).toBeNull();
  });

  it('resolves false and stops the worker when it fails', async () => {
    const warmed = warmIntlOffThread('en-GB', 3000, create);
    worker.onerror?.(new Event('error') as ErrorEvent);
    await expect(warmed).resolves.toBe(false);
    expect(worker.terminated).toBe(true);
    expect(performance.getEntriesByName(INTL_WARM_MARK)).toEqual([]);
  });

  it('gives up after the timeout, so start-up never waits on a stuck worker', async () => {
    vi.useFakeTimers();
    const warmed = warmIntlOffThread('en-GB', 3000, create);
    vi.advanceTimersByTime(2999);
    let settled = false;
    void warmed.then(() => (settled = true));
    await Promise.resolve();
    expect(settled).toBe(false);
    vi.advanceTimersByTime(1);
    await expect(warmed).resolves.toBe(false);
    expect(worker.terminated).toBe(true);
  });

  it('resolves false when workers cannot be made', async () => {
    await expect(
      warmIntlOffThread('en-GB', 3000, () => {
        throw new DOMException('refused by the page’s policy', 'SecurityError');
      }),
    ).resolves.toBe(false);
    vi.stubGlobal('Worker', undefined);
    await expect(warmIntlOffThread('en-GB', 3000, create)).resolves.toBe(false);
    expect(worker.posted).toEqual([]);
  });
});
