import type { Page } from '@playwright/test';
import { test, expect, SEED } from './fixtures';

/*
 * Prerendered pages carry their first render's data, so a failure is provoked
 * the way a reader meets one: on a client-side navigation that has to fetch.
 */
async function openSeedFromSection(page: Page) {
  await page.goto('/en/section/politics');
  await page.getByRole('main').getByRole('link', { name: SEED.headline }).first().click();
  // The navigation completes once the loader gives up retrying, which takes a few seconds on failure.
  await expect(page).toHaveURL(SEED.path, { timeout: 15_000 });
}

// Failures are provoked on purpose below; Chromium logs the failed loads.
test.use({ allowConsoleErrors: [/Failed to load resource/] });

test('an invalid article response shows a clear error and a retry that recovers', async ({ page }) => {
  let broken = true;
  await page.route(SEED.apiFile, async (route) => {
    if (!broken) return route.continue();
    const response = await route.fetch();
    const json = await response.json();
    // A wrong type where the schema wants a string.
    await route.fulfill({ response, json: { ...json, headline: 42 } });
  });

  await openSeedFromSection(page);
  const alert = page.getByRole('main').getByRole('alert');
  await expect(alert).toContainText(/couldn.t load/i);
  // The rest of the page still works.
  await expect(page.getByRole('navigation', { name: 'Sections' })).toBeVisible();

  broken = false;
  await alert.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED.headline);
  await expect(page.getByRole('main').getByRole('alert')).toHaveCount(0);
});

test('a truncated response is reported, not rendered blank', async ({ page }) => {
  await page.route(SEED.apiFile, (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: '{"schemaVersion":1,"id":"24' }),
  );
  await openSeedFromSection(page);
  await expect(page.getByRole('main').getByRole('alert')).toContainText(/couldn.t load/i);
  await expect(page.getByRole('button', { name: 'Try again' })).toBeVisible();
});

test('a network failure is retried, then reported with a retry button', async ({ page }) => {
  let attempts = 0;
  let failing = true;
  await page.route(SEED.apiFile, (route) => {
    if (!failing) return route.continue();
    attempts += 1;
    return route.abort('internetdisconnected');
  });
  await openSeedFromSection(page);
  const alert = page.getByRole('main').getByRole('alert');
  await expect(alert).toBeVisible({ timeout: 15_000 });
  expect(attempts).toBeGreaterThan(1);

  failing = false;
  await alert.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED.headline);
});

test('a failing sidebar leaves the article readable and offers its own retry', async ({ page }) => {
  let failing = true;
  await page.route('**/api/v1/en/sections/politics/most-visited.json', (route) =>
    failing ? route.fulfill({ status: 500, body: 'boom' }) : route.continue(),
  );
  await page.goto('/en');
  await page.getByRole('region', { name: 'Top Stories' }).getByRole('link', { name: SEED.headline }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED.headline);
  await expect(page.getByRole('article').getByText(SEED.lastParagraph)).toBeVisible();

  const sidebarAlert = page.getByRole('complementary').getByRole('alert');
  await expect(sidebarAlert).toContainText('Most Visited in Politics', { timeout: 15_000 });
  await expect(page.getByRole('region', { name: 'Top Stories' }).getByRole('link')).toHaveCount(5);

  failing = false;
  await sidebarAlert.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('region', { name: 'Most Visited in Politics' }).getByRole('link')).toHaveCount(5);
});

test('an API 404 for a section page is reported in the listing with a retry', async ({ page }) => {
  await page.route('**/api/v1/en/sections/economy/page-1.json', (route) => route.fulfill({ status: 404, body: '' }));
  await page.goto('/en');
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Economy' }).click();
  await expect(page.getByRole('main').getByRole('alert').first()).toContainText(/couldn.t load/i, { timeout: 15_000 });
  await expect(page.getByRole('main').getByRole('button', { name: 'Try again' }).first()).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Sections' })).toBeVisible();
});
