import { describe, expect, it } from 'vitest';
import { formatRelativeTime } from './relativeTime';

const now = Date.parse('2021-04-13T15:00:00Z');
const ago = (iso: string, locale = 'en') => formatRelativeTime(iso, now, locale);

describe('formatRelativeTime', () => {
  it('says "now" under a minute, and for a time slightly in the future', () => {
    expect(ago('2021-04-13T14:59:31Z')).toBe('now');
    expect(ago('2021-04-13T15:02:00Z')).toBe('now');
  });

  it('uses the largest whole unit', () => {
    expect(ago('2021-04-13T14:59:00Z')).toBe('1 minute ago');
    expect(ago('2021-04-13T14:15:00Z')).toBe('45 minutes ago');
    expect(ago('2021-04-13T11:40:00Z')).toBe('3 hours ago');
    expect(ago('2021-04-12T10:00:00Z')).toBe('yesterday');
    expect(ago('2021-04-09T15:00:00Z')).toBe('4 days ago');
    expect(ago('2021-03-30T15:00:00Z')).toBe('2 weeks ago');
    expect(ago('2021-01-10T15:00:00Z')).toBe('3 months ago');
    expect(ago('2019-04-01T15:00:00Z')).toBe('2 years ago');
  });

  it('speaks the edition’s language with its numerals', () => {
    expect(ago('2021-04-13T11:40:00Z', 'fa-IR')).toBe('۳ ساعت پیش');
  });
});
