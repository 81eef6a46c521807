// @vitest-environment jsdom
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { en } from '../i18n';
import { renderInApp } from './testUtils';
import { formatDateTime, Time } from './Time';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('formatDateTime', () => {
  it('writes the date and the 24-hour wire time in UTC', () => {
    expect(formatDateTime('2021-04-13T10:25:00Z', 'en-GB', en.dateAndTime)).toBe('13 April 2021, 10:25');
  });

  it('does not drift with the offset the timestamp was written in', () => {
    expect(formatDateTime('2021-04-13T23:50:00-02:00', 'en-GB', en.dateAndTime)).toBe('14 April 2021, 01:50');
  });
});

describe('Time', () => {
  it('keeps the machine-readable timestamp and shows it in the edition locale', () => {
    renderInApp(<Time dateTime="2021-04-13T10:25:00Z" />);
    const time = screen.getByText('13 April 2021, 10:25');
    expect(time.tagName).toBe('TIME');
    expect(time.getAttribute('datetime')).toBe('2021-04-13T10:25:00Z');
  });

  it('shows a relative time with the exact one in its title, in listings', () => {
    vi.useFakeTimers({ now: Date.parse('2021-04-13T13:30:00Z'), toFake: ['Date'] });
    renderInApp(<Time dateTime="2021-04-13T10:25:00Z" relative />);
    const time = screen.getByText('3 hours ago');
    expect(time.getAttribute('title')).toBe('13 April 2021, 10:25');
    expect(time.getAttribute('datetime')).toBe('2021-04-13T10:25:00Z');
  });
});
