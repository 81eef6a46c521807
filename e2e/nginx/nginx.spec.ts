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
