// @vitest-environment jsdom
import { act, render, screen } from '@testing-library/react';
import { useEffect } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useNow } from './useNow';

/** Shows the clock, and reports the value of every committed render. */
function Clock({ committed = [] }: { committed?: (number | null)[] }) {
  const now = useNow();
  useEffect(() => {
    committed.push(now);
  });
  return <p>{now === null ? 'unknown' : new Date(now).toISOString()}</p>;
}

describe('useNow', () => {
  afterEach(() => vi.useRealTimers());

  it('knows no time in the first render, then the current minute, then ticks each minute', async () => {
    vi.useFakeTimers({ now: new Date('2026-03-01T10:15:42Z'), toFake: ['Date', 'setInterval', 'clearInterval'] });
    const committed: (number | null)[] = [];
    render(<Clock committed={committed} />);
    await act(async () => {});
    expect(committed[0]).toBeNull();
    expect(screen.getByText('2026-03-01T10:15:00.000Z')).toBeTruthy();
    await act(async () => vi.advanceTimersByTime(60_000));
    expect(screen.getByText('2026-03-01T10:16:00.000Z')).toBeTruthy();
  });

  it('starts a component mounted after the first commit with the time, not null', async () => {
    render(<Clock />);
    await act(async () => {});
    const committed: (number | null)[] = [];
    render(<Clock committed={committed} />);
    expect(committed[0]).toEqual(expect.any(Number));
  });
});
