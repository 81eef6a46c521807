/**
 * A request that never answers ends in a clear error with a retry, not an
 * endless wait; a browser without usable IndexedDB still reads the news,
 * and says nothing about it.
 */
import type { Page } from '@playwright/test';
import { test, expect, SEED } from './fixtures';

// The service worker would hold the request itself; this is about the page's own timeout.
test.use({ serviceWorkers: 'block' });
// Several full loads per test; on a shared, loaded machine each can take many seconds.
test.describe.configure({ timeout: 120_000 });

const REQUEST_TIMEOUT_MS = 10_000;

test('a hanging article request times out into an error panel whose retry recovers', async ({ page }) => {
  // The page's clock, fast-forwarded: the real ten-second timeout runs, without ten real seconds per attempt.
  await page.clock.install();
  let hanging = true;
  let attempts = 0;
  await page.route('**/api/v1/en/articles/*.json', (route) => {
    if (!hanging) return route.continue();
    attempts += 1;
    // Never fulfilled, never aborted: the request hangs.
  });
  await page.goto('/en/section/world');
  const story = page.getByRole('main').getByRole('article').first().getByRole('link').first();
  const headline = (await story.textContent())?.trim() ?? '';
  await story.click();

  await expect.poll(() => attempts).toBe(1);
  await page.clock.fastForward(REQUEST_TIMEOUT_MS + 100);
  // One retry after a short backoff, which hangs as well.
  await expect.poll(() => attempts, { timeout: 10_000 }).toBe(2);
  await page.clock.fastForward(REQUEST_TIMEOUT_MS + 100);

  const alert = page.getByRole('main').getByRole('alert');
  await expect(alert).toContainText(/couldn.t load/i);
  await expect(page).toHaveURL(/\/en\/news\//);
  // The frame still works around the failed article.
  await expect(page.getByRole('navigation', { name: 'Sections' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Top Stories' }).getByRole('link').first()).toBeVisible();
  expect(attempts).toBe(2);

  hanging = false;
  await alert.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(headline);
});

const noStorage: Record<string, () => void> = {
  'IndexedDB deleted': () => {
    delete (window as { indexedDB?: IDBFactory }).indexedDB;
    if (typeof indexedDB !== 'undefined') Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });
  },
  'IndexedDB access denied': () => {
    Object.defineProperty(window, 'indexedDB', {
      configurable: true,
      get() {
        throw new DOMException("Failed to read the 'indexedDB' property from 'Window': access is denied", 'SecurityError');
      },
    });
  },
  'IndexedDB refusing to open': () => {
    IDBFactory.prototype.open = function refuse() {
      const request = { error: new DOMException('The user denied permission to access the database.', 'UnknownError') } as {
        error: DOMException;
        onerror?: () => void;
      };
      setTimeout(() => request.onerror?.(), 0);
      return request as unknown as IDBOpenDBRequest;
    };
  },
};

/** Under a loaded machine a first start takes a while; nothing here is about speed. */
const SLOW = { timeout: 15_000 };

async function readAround(page: Page): Promise<void> {
  await page.goto(SEED.path);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED.headline);
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'World', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'World' })).toBeVisible(SLOW);
  const story = page.getByRole('main').getByRole('article').first().getByRole('link').first();
  const headline = (await story.textContent())?.trim() ?? '';
  await story.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(headline, SLOW);
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'World' })).toBeVisible(SLOW);
}

for (const [name, breakStorage] of Object.entries(noStorage)) {
  test(`${name}: the reader reads on without persistence, silently`, async ({ page }) => {
    await page.addInitScript(breakStorage);
    await readAround(page);
    // Nothing alarming: no alert with words in it anywhere on the page.
    const alerts = await page.getByRole('alert').allTextContents();
    expect(alerts.filter((text) => text.trim() !== '')).toEqual([]);
    // And a reload still works: nothing half-written blocks the start.
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'World' })).toBeVisible(SLOW);
  });
}
