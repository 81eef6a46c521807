import type { APIRequestContext, Page } from '@playwright/test';
import { test, expect } from '../fixtures';
import { cacheHolds, waitForControl } from './pwa';

// Several reloads, a service worker install and IndexedDB waits per test: more than the suite's default 30 s on a busy machine.
test.describe.configure({ timeout: 90_000 });

interface Summary {
  path: string;
  headline: string;
  image: { src: string } | null;
}

/** A story with a picture, so the test can show images come along when saving. */
async function storyWithImage(request: APIRequestContext): Promise<Summary> {
  const page: { items: Summary[] } = await (await request.get('/api/v1/en/sections/world/page-1.json')).json();
  const story = page.items.find((s) => s.image !== null);
  if (!story) throw new Error('no story with an image in World, page 1');
  return story;
}

/** Empties the persisted query cache and the worker's API copies, as a browser evicting storage would. */
async function evictQueryCache(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await caches.delete('dateline-api');
    await new Promise((resolve, reject) => {
      const open = indexedDB.open('dateline-query-cache');
      open.onerror = reject;
      open.onsuccess = () => {
        const clear = open.result.transaction('queries', 'readwrite').objectStore('queries').clear();
        clear.onsuccess = resolve;
        clear.onerror = reject;
      };
    });
  });
}

test('a saved article, images included, stays readable offline from the saved list and can be removed', async ({
  page,
  context,
  request,
}) => {
  const story = await storyWithImage(request);
  await page.goto('/en/saved');
  await waitForControl(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Saved articles' })).toBeVisible();
  await expect(page.getByText('No saved articles yet.')).toBeVisible();

  await page.goto(story.path);
  await page.getByRole('button', { name: 'Save for offline' }).click();
  await expect(page.getByRole('button', { name: 'Saved — remove from saved' })).toBeVisible();
  await expect.poll(() => cacheHolds(page, 'dateline-images', story.image!.src)).toBe(true);

  await evictQueryCache(page);
  await context.setOffline(true);
  await page.goto('/en/saved');
  const link = page.getByRole('main').getByRole('link', { name: story.headline });
  await expect(link).toBeVisible();
  await link.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(story.headline);
  const picture = page.getByRole('main').locator('article img').first();
  await expect(picture).toBeVisible();
  await expect.poll(() => picture.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);

  // The saved list survives a restart of the app, still offline.
  await page.goto('/en/saved');
  await page.getByRole('button', { name: `Remove “${story.headline}” from saved` }).click();
  await expect(page.getByText('No saved articles yet.')).toBeVisible();
  await page.reload();
  await expect(page.getByText('No saved articles yet.')).toBeVisible();
});

test('a refused save is reported in place, not thrown', async ({ page }) => {
  await page.goto('/en/saved');
  await waitForControl(page);
  const story = await storyWithImage(page.request);
  await page.goto(story.path);
  // As a full disk would: every IndexedDB write in this page fails with QuotaExceededError.
  await page.evaluate(() => {
    IDBObjectStore.prototype.put = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await page.getByRole('button', { name: 'Save for offline' }).click();
  await expect(page.getByRole('alert').filter({ hasText: "Couldn't save: your device is out of storage." })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Save for offline' })).toBeVisible();
});
