// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderToString } from 'react-dom/server';
import { Share } from './Share';

const url = 'http://localhost:4173/en/news/2021/04/13/2484159/president-urges';
const title = 'President Urges Expansion of Iran-Russia Military Ties';

function setNavigator(key: 'share' | 'clipboard', value: unknown) {
  Object.defineProperty(navigator, key, { value, configurable: true, writable: true });
}

afterEach(() => {
  cleanup();
  setNavigator('share', undefined);
  setNavigator('clipboard', undefined);
  vi.useRealTimers();
});

describe('Share without the Web Share API', () => {
  beforeEach(() => setNavigator('share', undefined));

  it('discloses Copy link and the five share links', () => {
    render(<Share url={url} title={title} />);
    const toggle = screen.getByRole('button', { name: 'Share' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('button', { name: 'Copy link' })).toBeNull();

    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    screen.getByRole('button', { name: 'Copy link' });
    for (const name of ['Share by email', 'Share on X', 'Share on Facebook', 'Share on Telegram', 'Share on WhatsApp']) {
      const link = screen.getByRole('link', { name });
      expect(link.getAttribute('rel')).toBe('noopener noreferrer');
      expect(link.getAttribute('href')).toContain(encodeURIComponent(url));
    }
    expect(screen.getByRole('link', { name: 'Share on X' }).getAttribute('target')).toBe('_blank');
  });

  it('copies the canonical address and announces it', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    setNavigator('clipboard', { writeText });
    render(<Share url={url} title={title} />);
    fireEvent.click(screen.getByRole('button', { name: 'Share' }));
    expect(screen.getByRole('status').textContent).toBe('');
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Copy link' }));
    });
    expect(writeText).toHaveBeenCalledWith(url);
    expect(screen.getByRole('status').textContent).toBe('Link copied');
  });

  it('clears the confirmation after a while', async () => {
    vi.useFakeTimers();
    setNavigator('clipboard', { writeText: () => Promise.resolve() });
    render(<Share url={url} title={title} />);
    fireEvent.click(screen.getByRole('button', { name: 'Share' }));
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Copy link' }));
    });
    expect(screen.getByRole('status').textContent).toBe('Link copied');
    act(() => vi.advanceTimersByTime(6000));
    expect(screen.getByRole('status').textContent).toBe('');
  });

  it('says so when the clipboard refuses', async () => {
    setNavigator('clipboard', { writeText: () => Promise.reject(new Error('denied')) });
    render(<Share url={url} title={title} />);
    fireEvent.click(screen.getByRole('button', { name: 'Share' }));
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Copy link' }));
    });
    expect(screen.getByRole('status').textContent).toMatch(/Could not copy/);
  });
});

describe('Share with the Web Share API', () => {
  it('hands the canonical address and headline to the system sheet', async () => {
    const share = vi.fn(() => Promise.resolve());
    setNavigator('share', share);
    render(<Share url={url} title={title} />);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Share' }));
    });
    expect(share).toHaveBeenCalledWith({ title, url });
    expect(screen.queryByRole('button', { name: 'Copy link' })).toBeNull();
  });

  it('stays closed when the reader dismisses the sheet, and falls back on other failures', async () => {
    const share = vi.fn(() => Promise.reject(new DOMException('cancelled', 'AbortError')));
    setNavigator('share', share);
    render(<Share url={url} title={title} />);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Share' }));
    });
    expect(screen.queryByRole('button', { name: 'Copy link' })).toBeNull();

    share.mockImplementationOnce(() => Promise.reject(new DOMException('no', 'NotAllowedError')));
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Share' }));
    });
    screen.getByRole('button', { name: 'Copy link' });
  });

  it('renders the fallback on the server so hydration matches before the API is detected', () => {
    setNavigator('share', () => Promise.resolve());
    const html = renderToString(<Share url={url} title={title} />);
    expect(html).toContain('aria-expanded="false"');
  });
});
