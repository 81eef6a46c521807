import { describe, expect, it } from 'vitest';
import { formatAge } from './formatAge';

describe('formatAge', () => {
  it('never says zero, and picks the largest whole unit', () => {
    expect(formatAge(5_000, 'en-GB')).toBe('1 minute');
    expect(formatAge(42 * 60_000, 'en-GB')).toBe('42 minutes');
    expect(formatAge(3 * 3_600_000 + 5, 'en-GB')).toBe('3 hours');
    expect(formatAge(2 * 86_400_000, 'en-GB')).toBe('2 days');
  });
});
