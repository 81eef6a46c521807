import { expectNoAxeViolations } from './axeCheck';
import { documentWasKept, markDocument, test, expect, SEED } from './fixtures';

test('the masthead search finds the seed article by "Lavrov", and the result opens it', async ({ page }) => {
  await page.goto('/en');
  const search = page.getByRole('search', { name: 'Search the news' });
  await search.getByRole('searchbox', { name: 'Search the news' }).fill('Lavrov');
  await search.getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/\/en\/search\?q=Lavrov$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Search');
  await expect(page.getByRole('status').filter({ hasText: 'for “Lavrov”' })).toHaveText('1 result for “Lavrov”');
  await page.getByRole('link', { name: SEED.headline }).click();
  await expect(page).toHaveURL(SEED.path);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED.headline);
});

test('typing updates the results and the address in place, and the address is a link to the same results', async ({ page, context }) => {
  await page.goto('/en/search');
  await expect(page.getByText('Type a word to search headlines, summaries and stories.')).toBeVisible();
  await markDocument(page);
  const historyLength = await page.evaluate(() => history.length);
  const field = page.getByRole('searchbox', { name: 'Search the news' });
  // Fast typing, with pauses around the debounce: the address catches up without eating keystrokes.
  for (const [chunk, pause] of [['La', 300], ['vr', 260], ['ov', 0]] as const) {
    await field.pressSequentially(chunk, { delay: 30 });
    await page.waitForTimeout(pause);
  }
  await expect(page).toHaveURL(/\/en\/search\?q=Lavrov$/);
  await expect(field).toHaveValue('Lavrov');
  await expect(page.getByRole('status').filter({ hasText: 'Lavrov' })).toHaveText('1 result for “Lavrov”');
  await expect(field).toBeFocused();
  expect(await documentWasKept(page)).toBe(true);
  expect(await page.evaluate(() => history.length)).toBe(historyLength);

  // Body text is searched too: this phrase is only in the seed's body.
  await field.fill('arms embargo');
  await expect(page).toHaveURL(/\?q=arms%20embargo$/);
  await expect(page.getByRole('link', { name: SEED.headline })).toBeVisible();
  await field.fill('zzqx nothing matches');
  await expect(page.getByText('No stories match “zzqx nothing matches”.', { exact: false })).toBeVisible();
  expect(await documentWasKept(page)).toBe(true);

  const fresh = await context.newPage();
  await fresh.goto('/en/search?q=Lavrov');
  await expect(fresh.getByRole('searchbox', { name: 'Search the news' })).toHaveValue('Lavrov');
  await expect(fresh.getByRole('status').filter({ hasText: 'Lavrov' })).toHaveText('1 result for “Lavrov”');
  await expect(fresh.getByRole('link', { name: SEED.headline })).toBeVisible();
});

test('the index loads only when searching, and is the edition’s own', async ({ page }) => {
  const indexRequests: string[] = [];
  page.on('request', (r) => r.url().includes('search-index.json') && indexRequests.push(r.url()));
  await page.goto('/en');
  await page.goto(SEED.path);
  await page.waitForLoadState('networkidle');
  expect(indexRequests).toEqual([]);

  await page.goto('/fa/search?q=' + encodeURIComponent('انتخابات'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('جست‌وجو');
  await expect(page.getByRole('status').filter({ hasText: 'انتخابات' })).toHaveText(/^[۰-۹]+ نتیجه برای «انتخابات»$/);
  await expect(page.locator('.search-results > li').first()).toBeVisible();
  expect(indexRequests.map((u) => new URL(u).pathname)).toEqual(['/api/v1/fa/search-index.json']);
});

test.describe('when the index cannot be loaded', () => {
  test.use({ allowConsoleErrors: [/status of 503/] });

  test('the page says so and the retry works', async ({ page }) => {
    let fail = true;
    await page.route('**/api/v1/en/search-index.json', (route) => (fail ? route.fulfill({ status: 503, body: 'down' }) : route.fallback()));
    await page.goto('/en/search?q=Lavrov');
    // Transient server errors are retried with backoff before the page gives up and says so.
    await expect(page.getByRole('alert')).toContainText("We couldn't load the search index.", { timeout: 20_000 });
    fail = false;
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Lavrov' })).toHaveText('1 result for “Lavrov”');
  });
});

test.describe('axe finds nothing on the search page', () => {
  for (const path of ['/en/search?q=Lavrov', '/en/search', '/fa/search?q=' + encodeURIComponent('بندر')]) {
    test(path, async ({ page }) => {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expectNoAxeViolations(page);
    });
  }
});
