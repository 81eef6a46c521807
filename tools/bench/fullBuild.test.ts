import { describe, expect, it } from 'vitest';
import { buildSteps, parseTimeV } from './fullBuild';

describe('buildSteps', () => {
  it('splits the build script into the commands it runs in order', () => {
    expect(buildSteps('vite build && tsx tools/prerender/cli.ts all && tsx tools/precompress/cli.ts dist')).toEqual([
      'vite build',
      'tsx tools/prerender/cli.ts all',
      'tsx tools/precompress/cli.ts dist',
    ]);
  });
});

describe('parseTimeV', () => {
  it('reads wall, CPU and peak memory from GNU time -v', () => {
    const report = [
      '\tUser time (seconds): 61.50',
      '\tSystem time (seconds): 8.25',
      '\tElapsed (wall clock) time (h:mm:ss or m:ss): 1:02.50',
      '\tMaximum resident set size (kbytes): 1048576',
    ].join('\n');
    expect(parseTimeV(report)).toEqual({ seconds: 62.5, cpuSeconds: 69.75, peakMb: 1024 });
  });
});
