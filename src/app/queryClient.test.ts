import { describe, expect, it } from 'vitest';
import { ApiError } from '../content-api';
import { retryDelay, shouldRetry } from './queryClient';

describe('shouldRetry', () => {
  it('retries passing trouble up to three times', () => {
    const network = new ApiError('network', 'a.json', 'failed');
    expect([0, 1, 2, 3].map((n) => shouldRetry(n, network))).toEqual([true, true, true, false]);
    expect(shouldRetry(0, new ApiError('http', 'a.json', 'HTTP 503', 503))).toBe(true);
  });

  it('retries a request that hung only once', () => {
    const timeout = new ApiError('timeout', 'a.json', 'slow');
    expect([0, 1].map((n) => shouldRetry(n, timeout))).toEqual([true, false]);
  });

  it('never retries what will not change', () => {
    expect(shouldRetry(0, new ApiError('not-found', 'a.json', 'not found', 404))).toBe(false);
    expect(shouldRetry(0, new ApiError('invalid', 'a.json', 'bad'))).toBe(false);
    expect(shouldRetry(0, new ApiError('http', 'a.json', 'HTTP 403', 403))).toBe(false);
    expect(shouldRetry(0, new Error('a bug'))).toBe(false);
  });

  it('backs off exponentially', () => {
    expect([0, 1, 2].map(retryDelay)).toEqual([500, 1000, 2000]);
  });
});
