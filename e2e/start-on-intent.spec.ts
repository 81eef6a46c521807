import { documentWasKept, expect, markDocument, SEED, test } from './fixtures';
import { expectNoAxeViolations } from './axeCheck';
import { recordLoadedCode } from './loadedCode';

/**
 * A prerendered page is whole without the app, which starts only when the
 * reader acts (decision 0683). These tests load pages without acting first.
 */
test.use({ readerActs: false });

const appReady = (page: import('@playwright/test').Page) => page.locator('html[data-app-ready]');

for (const { kind, path } of [
  { kind: 'front page', path: '/en' },
  { kind: 'section', path: '/en/section/politics' },
  { kind: 'article', path: SEED.path },
]) {
  test(`a reader who only reads the ${kind} fetches no script, and reads it whole`, async ({ page }) => {
    const loaded = recordLoadedCode(page);
    await page.goto(path, { waitUntil: 'networkidle' });
    await page.waitForTimeout(1000);
    expect((await loaded()).filter((file) => file.kind === 'js').map((file) => file.url)).toEqual([]);
    expect(await page.evaluate(() => performance.getEntriesByName('dateline:app-start').length)).toBe(0);
    await expect(appReady(page)).toHaveCount(0);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('contentinfo')).toBeVisible();
    await expect(page.getByRole('complementary').first().getByRole('link').first()).toBeVisible();
    // What the reader meets is the prerendered page itself: it passes axe as the app's page does.
    await expectNoAxeViolations(page);
  });
}

test('the first tap on a story, before the app has started, is an in-app navigation to it', async ({ page }) => {
  await page.goto('/en/section/politics', { waitUntil: 'networkidle' });
  await markDocument(page);
  const story = page.locator('main .story-card__headline a').first();
  const headline = (await story.innerText()).trim();
  await story.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(headline);
  await expect(page).toHaveURL(/\/en\/news\//);
  expect(await documentWasKept(page), 'the page was not reloaded').toBe(true);
  await expect(page.locator('html[data-app-starting]')).toHaveCount(0);
});

test('the first tap on Save saves, and the saved article shows it on its next load without the reader acting', async ({ page }) => {
  await page.goto(SEED.path, { waitUntil: 'networkidle' });
  await page.getByRole('button', { name: 'Save for offline' }).click();
  await expect(page.getByRole('button', { name: 'Saved — remove from saved' })).toBeVisible();
  // A new load, no pointer: the device holds a saved article, so the app starts at first paint to show it.
  await page.reload();
  await expect(page.getByRole('button', { name: 'Saved — remove from saved' })).toBeVisible();
  await page.getByRole('button', { name: 'Saved — remove from saved' }).click();
  await expect(page.getByRole('button', { name: 'Save for offline' })).toBeVisible();
});

test.describe('when the app cannot start', () => {
  test.use({ allowConsoleErrors: [/Failed to load resource|ERR_FAILED/] });

  test('a held tap on a story goes ahead as the browser’s own navigation', async ({ page }) => {
    await page.route(/\/assets\/index-[\w-]+\.js$/, (route) => route.abort());
    await page.goto('/en/section/politics', { waitUntil: 'networkidle' });
    const story = page.locator('main .story-card__headline a').first();
    const headline = (await story.innerText()).trim();
    await story.click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(headline);
    await expect(appReady(page)).toHaveCount(0);
  });
});

test('the page lists the API files it was made from, for the service worker to keep', async ({ page, request }) => {
  await page.goto(SEED.path);
  const files = (await page.locator('#dateline-state').getAttribute('data-api'))?.split(' ') ?? [];
  expect(files).toEqual(expect.arrayContaining(['/api/v1/site.json', '/api/v1/en/articles/2484159.json']));
  for (const file of files) expect((await request.get(file)).status(), file).toBe(200);
});

test('pages not whole without the app start it without the reader acting: / and a search address', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/en$/);
  await expect(page.getByRole('main').getByRole('heading', { level: 1 })).toBeVisible();
  // The server answers with the empty search page; the app fills in the results for the address.
  await page.goto('/en/search?q=Lavrov');
  await expect(page.getByRole('status').filter({ hasText: 'Lavrov' })).toHaveText('1 result for “Lavrov”');
});

test('text typed and an option chosen before the app has started reach it', async ({ page }) => {
  await page.goto('/en/search', { waitUntil: 'networkidle' });
  await page.getByRole('searchbox', { name: 'Search the news' }).fill('Lavrov');
  await expect(page).toHaveURL(/\/en\/search\?q=Lavrov$/);
  await expect(page.getByRole('status').filter({ hasText: 'Lavrov' })).toHaveText('1 result for “Lavrov”');

  await page.goto('/en/section/politics', { waitUntil: 'networkidle' });
  // Chosen without any pointer or key on the page: the change itself starts the app.
  await page.getByLabel('Theme').selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByLabel('Theme')).toHaveValue('dark');
});

test('the story under the pointer when the app starts is prefetched, as any hovered story is', async ({ page }) => {
  await page.goto('/en/section/politics', { waitUntil: 'networkidle' });
  const story = page.locator('main .story-card__headline a').nth(1);
  const id = /\/news\/\d+\/\d+\/\d+\/(\d+)\//.exec((await story.getAttribute('href')) ?? '')?.[1];
  expect(id).toBeTruthy();
  const prefetched = page.waitForRequest((request) => request.url().endsWith(`/api/v1/en/articles/${id}.json`));
  // The hover is the first act: the app starts, then learns which story the pointer is over.
  await story.hover();
  await expect(appReady(page)).toHaveCount(1);
  await prefetched;
});
