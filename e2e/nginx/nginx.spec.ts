import { fa } from '../../src/i18n/fa';
import { oldestStory } from '../archivePages';
import { expectNoAxeViolations } from '../axeCheck';
import { canonicalOf, fetchPreview, harnessNoise, ofType } from '../previews';
import { test, expect, SEED } from './fixtures';

test('nginx serves the prerendered article with its preview fields', async ({ request }) => {
  const { status, og, jsonLd, html } = await fetchPreview(request, SEED.path);
  expect(status).toBe(200);
  expect(og.ogTitle).toBe(SEED.headline);
  expect(og.ogUrl).toBe(canonicalOf(SEED.path));
  expect(ofType(jsonLd, 'NewsArticle').headline).toBe(SEED.headline);
  expect(html).toContain(SEED.lastParagraph);
});

test('nginx maps ?page=N to the prerendered later section page', async ({ request }) => {
  const { og } = await fetchPreview(request, '/en/section/politics?page=2');
  expect(og.ogUrl).toBe(canonicalOf('/en/section/politics?page=2'));
});

test('nginx serves a page outside the prerender window with its own head, compressed as it is sent', async ({ request }) => {
  const story = await oldestStory(request);
  const response = await request.get(story.path, { headers: { 'accept-encoding': 'gzip' } });
  expect(response.status()).toBe(200);
  expect(response.headers()['content-encoding']).toBe('gzip');
  const html = await response.text();
  expect(html).toContain(`<title>${story.headline} | Dateline</title>`);
  expect(html).toContain('<div id="root"></div>');
});

test('nginx serves feeds, sitemaps and robots.txt', async ({ request }) => {
  for (const path of ['/en/feed.xml', '/en/section/politics/feed.xml', '/sitemap.xml', '/news-sitemap.xml', '/robots.txt']) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()['cache-control'], path).toBe('no-cache');
  }
});

test('a page served by nginx hydrates without warnings or refetching', async ({ page }) => {
  const problems: string[] = [];
  page.on('console', (m) => {
    if ((m.type() === 'warning' || m.type() === 'error') && !harnessNoise.test(m.text())) problems.push(m.text());
  });
  const api: string[] = [];
  page.on('request', (r) => {
    if (new URL(r.url()).pathname.startsWith('/api/')) api.push(r.url());
  });
  await page.goto(SEED.path);
  await expect(page.getByRole('button', { name: 'Share' })).toBeVisible();
  await page.waitForTimeout(500);
  expect(api).toEqual([]);
  expect(problems).toEqual([]);
});

test.describe('nginx answers unknown addresses like npm start, from the build\'s route maps', () => {
  // The document's own 404 and the app's API 404s are expected; Chromium logs them.
  test.use({ allowConsoleErrors: [/status of 404/] });

  const unknown = {
    'an unknown article id': '/en/news/2020/01/01/99999999/nope',
    'an unknown section': '/en/section/nope',
    'a page past a section\'s last one': '/en/section/politics?page=999',
    'an unknown edition': '/xx/anything',
    'an unknown path with a trailing slash': '/en/this/is/not/a/page/',
  };
  for (const [what, path] of Object.entries(unknown)) {
    test(`${what} gets 404 and the not-found page`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      expect(response?.headers()['cache-control']).toBe('no-cache');
      await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
      await expect(page.getByRole('navigation', { name: 'Sections' })).toBeVisible();
    });
  }

  test('an unknown Persian address gets 404 and the Persian not-found page', async ({ page }) => {
    const response = await page.goto('/fa/news/2020/01/01/99999999/nope');
    expect(response?.status()).toBe(404);
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.getByRole('heading', { level: 1, name: fa.notFoundHeading })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('known addresses get 200: pages, app-only routes, and an article under a stale slug', async ({ page, request }) => {
    for (const path of ['/en', '/fa', '/en/section/politics', '/en/saved', '/en/search', SEED.path]) {
      expect((await request.get(path)).status(), path).toBe(200);
    }
    const response = await page.goto('/en/news/2020/01/01/2484159/a-stale-slug');
    expect(response?.status()).toBe(200);
    // The app sends it on to the canonical address.
    await expect(page).toHaveURL(SEED.path);
    await expect(page.getByRole('heading', { level: 1, name: SEED.headline })).toBeVisible();
  });
});
