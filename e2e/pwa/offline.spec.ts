import { test, expect, SEED } from '../fixtures';
import { cacheHolds, visitAndKeep, waitForControl } from './pwa';

// Several reloads, a service worker install and IndexedDB waits per test: more than the suite's default 30 s on a busy machine.
test.describe.configure({ timeout: 90_000 });

const ARTICLE_KEY = '["article","en","2484159"]';
const banner = /You're offline\. Showing content saved \d+ minutes? ago\./;

test.describe('reading offline', () => {
  test('a visited article, section and front page reload offline, sidebars included', async ({ page, context }) => {
    await visitAndKeep(page, SEED.path, ARTICLE_KEY);
    await expect(page.getByText('Most Visited in Politics')).toBeVisible();
    await context.setOffline(true);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED.headline);
    await expect(page.getByText(SEED.lastParagraph)).toBeVisible();
    await expect(page.getByRole('complementary').getByRole('link').first()).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: "You're offline" })).toHaveText(banner);

    await context.setOffline(false);
    await visitAndKeep(page, '/en/section/politics', '["section","en","politics",1]');
    await context.setOffline(true);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Politics');
    await expect(page.getByRole('main').locator('a[href*="/news/"]').first()).toBeVisible();

    await context.setOffline(false);
    await visitAndKeep(page, '/en', '["home","en"]');
    await context.setOffline(true);
    await page.reload();
    await expect(page.getByRole('main').getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('main').getByRole('link').first()).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: "You're offline" })).toHaveText(banner);
  });

  test('the very first visit is readable after a fresh start offline, from the persisted cache alone', async ({ page, context }) => {
    // First visit: the worker installs while the page loads, so it saw none of these requests.
    await visitAndKeep(page, SEED.path, ARTICLE_KEY);
    // Prove IndexedDB carries it: the worker's copy of the API is gone.
    await page.evaluate(() => caches.delete('dateline-api'));
    await page.goto('about:blank');
    await context.setOffline(true);
    await page.goto(SEED.path);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED.headline);
    await expect(page.getByText(SEED.lastParagraph)).toBeVisible();
    await expect(page.getByText('Most Visited in Politics')).toBeVisible();
  });

  test.describe('a reader who never acted on the page', () => {
    // The app never started (decision 0683): what the worker keeps is all there is.
    test.use({ readerActs: false });

    test('reads the visited article offline, sidebars included', async ({ page, context }) => {
      await page.goto(SEED.path);
      await waitForControl(page);
      await expect(page.locator('html[data-app-ready]')).toHaveCount(0);
      // Handed over by the start-up loader when the worker took control: the page's own API files.
      for (const file of ['/api/v1/en/articles/2484159.json', '/api/v1/en/sections/politics/most-visited.json']) {
        await expect.poll(() => cacheHolds(page, 'dateline-api', file), { timeout: 10_000 }).toBe(true);
      }
      await context.setOffline(true);
      await page.reload();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED.headline);
      await expect(page.getByText(SEED.lastParagraph)).toBeVisible();
      await expect(page.getByText('Most Visited in Politics')).toBeVisible();
      await expect(page.getByRole('status').filter({ hasText: "You're offline" })).toBeVisible();
    });
  });

  test.describe('pages never read', () => {
    // The failed requests for a page that was never kept show up as console errors.
    test.use({ allowConsoleErrors: [/Failed to load resource|ERR_INTERNET_DISCONNECTED/] });

    test('say "Not available offline" with a way back, and fill in quietly once online', async ({ page, context }) => {
      await visitAndKeep(page, '/en/section/politics', '["section","en","politics",1]');
      const unread = page.getByRole('main').locator('a[href*="/news/"]').filter({ hasNotText: SEED.headline }).first();
      const headline = (await unread.textContent())?.trim() ?? '';
      await context.setOffline(true);
      await unread.click();
      const panel = page.getByRole('main').getByRole('alert').filter({ hasText: 'Not available offline' });
      await expect(panel).toBeVisible();
      await panel.getByRole('button', { name: 'Go back' }).click();
      await expect(page).toHaveURL(/\/en\/section\/politics$/);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Politics');

      await unread.click();
      await expect(panel).toBeVisible();
      await context.setOffline(false);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(headline);
      await expect(page.getByText("You're offline")).toBeHidden();
    });
  });
});
