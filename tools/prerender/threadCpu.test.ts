import { describe, expect, it } from 'vitest';
import { threadCpuMs } from './threadCpu';

describe('threadCpuMs', () => {
  it('adds user and system ticks, counting fields after the command name whatever it holds', () => {
    const stat = '4242 (node (worker) x) R 1 2 3 0 -1 4194304 101 0 0 0 250 30 0 0 20 0 1 0';
    expect(threadCpuMs(() => stat)).toBe(2800);
  });

  it('has no figure where the thread cannot read its own', () => {
    expect(threadCpuMs(() => { throw new Error('ENOENT'); })).toBeNull();
    expect(threadCpuMs(() => 'garbage')).toBeNull();
  });

  it('reads this thread\'s own time on Linux', () => {
    if (process.platform !== 'linux') return;
    expect(threadCpuMs()).toBeGreaterThanOrEqual(0);
  });
});
