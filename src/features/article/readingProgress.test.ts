import { describe, expect, it } from 'vitest';
import { readingProgress } from './readingProgress';

describe('readingProgress', () => {
  it('is 0 before the reader scrolls into the article', () => {
    expect(readingProgress(300, 3000, 800)).toBe(0);
    expect(readingProgress(0, 3000, 800)).toBe(0);
  });

  it('grows with the part scrolled past, rounded to whole percent', () => {
    expect(readingProgress(-1100, 3000, 800)).toBe(50);
    expect(readingProgress(-733, 3000, 800)).toBe(33);
  });

  it('is 100 once the end is in view, and stays there below it', () => {
    expect(readingProgress(-2200, 3000, 800)).toBe(100);
    expect(readingProgress(-2900, 3000, 800)).toBe(100);
  });

  it('reads a short article as read once all of it is on screen', () => {
    expect(readingProgress(100, 500, 800)).toBe(100);
    expect(readingProgress(500, 500, 800)).toBe(0);
  });
});
