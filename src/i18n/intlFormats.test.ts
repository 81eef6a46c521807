import { describe, expect, it } from 'vitest';
import { dayFormat, numberFormat, startupFormats, timeFormat } from './intlFormats';

describe('intlFormats', () => {
  it('makes each formatter once per locale and hands the same one back', () => {
    expect(dayFormat('en-GB')).toBe(dayFormat('en-GB'));
    expect(dayFormat('en-GB')).not.toBe(dayFormat('fa-IR'));
  });

  it('start-up makes the very formatters a first render then uses', () => {
    const made = startupFormats.map((format) => format('fa-IR'));
    expect(made.every((format, i) => format === [numberFormat, dayFormat, timeFormat][i]!('fa-IR'))).toBe(true);
  });

  it('formats wire times in UTC, whatever the reader’s zone', () => {
    const date = new Date('2021-04-13T23:30:00Z');
    expect(dayFormat('en-GB').format(date)).toBe('13 April 2021');
    expect(timeFormat('en-GB').format(date)).toBe('23:30');
  });
});
