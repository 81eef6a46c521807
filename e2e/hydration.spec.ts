import type { Page } from '@playwright/test';
import { test, expect, SEED } from './fixtures';
import { en } from '../src/i18n/en';
import { fa } from '../src/i18n/fa';
import { canonicalOf, harnessNoise } from './previews';

/** Every warning and error the page logs: a hydration mismatch is reported as one of these. */
function collectConsole(page: Page): string[] {
  const messages: string[] = [];
  page.on('console', (m) => {
    if ((m.type() === 'warning' || m.type() === 'error') && !harnessNoise.test(m.text())) messages.push(`${m.type()}: ${m.text()}`);
  });
  return messages;
}

/** Remembers the server-rendered heading, so the test can tell hydration (kept) from a re-render (replaced). */
async function markServerMarkup(page: Page): Promise<void> {
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      (window as unknown as { __serverH1: Element | null }).__serverH1 = document.querySelector('h1');
    });
  });
}

const keptServerMarkup = (page: Page) =>
  page.evaluate(() => {
    const kept = (window as unknown as { __serverH1?: Element | null }).__serverH1;
    return kept != null && kept === document.querySelector('h1') && kept.isConnected;
  });

for (const [what, path, ready] of [
  ['article', SEED.path, 'button:has-text("Share")'],
  ['section', '/en/section/politics', 'nav[aria-label="Pagination"]'],
  ['second section', '/en/section/politics?page=2', 'nav[aria-label="Pagination"]'],
  ['home', '/en', 'main h1'],
  ['tag', '/en/tag/space', 'nav[aria-label="Pagination"]'],
  ['second tag', '/en/tag/space?page=2', 'nav[aria-label="Pagination"]'],
  // Persian addresses: the browser percent-encodes what the prerenderer wrote as text.
  ['Persian tag', `/fa/tag/${encodeURIComponent('انتخابات')}`, 'main h1'],
  ['Persian article', `/fa/news/2021/01/04/3481772/${encodeURIComponent('رکورد-حضور-تماشاگران-در-ماراتن-آمسل-شکست')}`, 'main h1'],
] as const) {
  test(`the ${what} page hydrates without warnings and without fetching its data again`, async ({ page }) => {
    const messages = collectConsole(page);
    const apiRequests: string[] = [];
    page.on('request', (r) => {
      if (new URL(r.url()).pathname.startsWith('/api/')) apiRequests.push(r.url());
    });
    await markServerMarkup(page);
    await page.goto(path);
    await expect(page.locator(ready).first()).toBeVisible();
    await page.waitForFunction(() => document.readyState === 'complete');
    // Give React time to hydrate and report any mismatch.
    await page.waitForTimeout(500);
    expect(await keptServerMarkup(page), 'the server-rendered markup was hydrated, not replaced').toBe(true);
    expect(apiRequests).toEqual([]);
    expect(messages).toEqual([]);
    await expect(page.locator('title')).toHaveCount(1);
  });
}

test('after hydration the app navigates and updates the title as before', async ({ page }) => {
  await page.goto(SEED.path);
  await expect(page.getByRole('button', { name: 'Share' })).toBeVisible();
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'World' }).click();
  await expect(page).toHaveURL(/\/en\/section\/world$/);
  await expect(page).toHaveTitle(/^World \| Dateline/);
  // The head follows, so a browser's own share sheet (which prefers the canonical link) shares this page.
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', canonicalOf('/en/section/world'));
  await expect(page.locator('meta[property="og:type"]')).toHaveAttribute('content', 'website');
  await expect(page.locator('meta[property="article:published_time"]')).toHaveCount(0);
});

for (const [lang, heading] of [
  ['en', en.search.heading],
  ['fa', fa.search.heading],
] as const) {
  test(`the empty ${lang} search page hydrates without warnings, fetching only its search index`, async ({ page }) => {
    const messages = collectConsole(page);
    const apiRequests: string[] = [];
    page.on('request', (r) => {
      const { pathname } = new URL(r.url());
      if (pathname.startsWith('/api/')) apiRequests.push(pathname);
    });
    await markServerMarkup(page);
    const response = await page.goto(`/${lang}/search`);
    // Prerendered: the heading and the form are in the HTML itself.
    expect(await response!.text()).toContain(`<h1 class="page-heading">${heading}</h1>`);
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    await page.waitForFunction(() => document.readyState === 'complete');
    await page.waitForTimeout(500);
    expect(await keptServerMarkup(page), 'the server-rendered markup was hydrated, not replaced').toBe(true);
    expect(apiRequests).toEqual([`/api/v1/${lang}/search-index.json`]);
    expect(messages).toEqual([]);
    if (lang !== 'en') return;
    // And it searches as before.
    await page.getByRole('searchbox').last().fill('Lavrov');
    await expect(page.getByRole('link', { name: SEED.headline })).toBeVisible();
  });
}

test('a rendered page holds its first paint for its footer; the app shell, which has none, logs no warning', async ({ page, request }) => {
  const rendered = await (await request.get(SEED.path)).text();
  expect(rendered).toContain('<link rel="expect" href="#site-footer" blocking="render">');
  expect(rendered).toContain('id="site-footer"');
  // The saved page is the app shell, rendered by the browser (decision 0262).
  const shell = await (await request.get('/en/saved')).text();
  expect(shell).not.toContain('rel="expect"');
  const messages = collectConsole(page);
  await page.goto('/en/saved');
  await expect(page.getByRole('heading', { level: 1, name: en.offline.savedHeading })).toBeVisible();
  await expect(page.locator('#site-footer')).toBeVisible();
  await page.waitForTimeout(500);
  expect(messages).toEqual([]);
});
