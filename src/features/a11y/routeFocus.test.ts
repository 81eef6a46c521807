// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { focusPageHeading, whenHeadingAppears } from './routeFocus';

function mainWith(html: string): HTMLElement {
  document.body.innerHTML = `<main id="main" tabindex="-1">${html}</main>`;
  return document.getElementById('main') as HTMLElement;
}

afterEach(() => {
  document.body.innerHTML = '';
  vi.useRealTimers();
});

describe('focusPageHeading', () => {
  it('focuses the h1, focusable but outside the tab order', () => {
    const main = mainWith('<p>Kicker</p><h1>Headline</h1>');
    const target = focusPageHeading(main);
    expect(target.tagName).toBe('H1');
    expect(document.activeElement).toBe(target);
    expect(target.getAttribute('tabindex')).toBe('-1');
  });

  it('falls back to the main region', () => {
    const main = mainWith('<p>Loading</p>');
    expect(focusPageHeading(main)).toBe(main);
    expect(document.activeElement).toBe(main);
  });
});

describe('whenHeadingAppears', () => {
  it('calls back at once when the heading is there', () => {
    const onHeading = vi.fn();
    whenHeadingAppears(mainWith('<h1>Now</h1>'), onHeading);
    expect(onHeading).toHaveBeenCalledOnce();
  });

  it('waits for a heading rendered later', async () => {
    const main = mainWith('<p>Loading</p>');
    const onHeading = vi.fn();
    whenHeadingAppears(main, onHeading);
    main.insertAdjacentHTML('beforeend', '<div><h1>Later</h1></div>');
    await Promise.resolve();
    expect(onHeading).toHaveBeenCalledOnce();
  });

  it('gives up after the timeout, and can be cancelled', async () => {
    vi.useFakeTimers();
    const main = mainWith('');
    const late = vi.fn();
    whenHeadingAppears(main, late, 100);
    vi.advanceTimersByTime(101);
    const cancelled = vi.fn();
    whenHeadingAppears(main, cancelled)();
    main.innerHTML = '<h1>Too late</h1>';
    await Promise.resolve();
    expect(late).not.toHaveBeenCalled();
    expect(cancelled).not.toHaveBeenCalled();
  });
});
