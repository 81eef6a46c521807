/**
 * Pages outside the prerender window (decision 0670): the shell with the
 * page's own head, rendered in the browser. The e2e build's window is in
 * e2e/prerenderWindow.ts; the pages here are found from the API, not named.
 */
import type { SectionPage } from '../src/content-api/schemas';
import { json, LATER_LISTING, LATER_PAGE, oldestStory } from './archivePages';
import { expectNoAxeViolations } from './axeCheck';
import { test, expect, markDocument, documentWasKept } from './fixtures';
import { canonicalOf, fetchPreview, ofType } from './previews';

test.describe('a story outside the prerender window', () => {
  test('is served with its own head for crawlers and link previews, and no markup of its own', async ({ request }) => {
    const story = await oldestStory(request);
    const { status, og, jsonLd, html } = await fetchPreview(request, story.path);
    expect(status).toBe(200);
    expect(html).toMatch(/^<!doctype html>\s*<html lang="en" dir="ltr">/i);
    expect(html).toContain(`<title>${story.headline} | Dateline</title>`);
    expect(og.ogTitle).toBe(story.headline);
    expect(og.ogType).toBe('article');
    expect(og.ogUrl).toBe(canonicalOf(story.path));
    expect(html).toContain(`<link rel="canonical" href="${canonicalOf(story.path)}">`);
    expect(ofType(jsonLd, 'NewsArticle').headline).toBe(story.headline);
    // Head-only: the browser renders it, so no markup and no embedded data were written for it.
    expect(html).toContain('<div id="root"></div>');
    expect(html).not.toContain('id="dateline-state"');
    expect(html).not.toMatch(/<h1\b/);
    // The stylesheet is a file here, not inline as on rendered pages: nothing paints before the app renders anyway.
    expect(html).not.toContain('<style>');
    const stylesheet = /<link rel="stylesheet" href="([^"]+)">/.exec(html)?.[1];
    const css = await request.get(stylesheet!);
    expect(css.status()).toBe(200);
    expect(css.headers()['content-type']).toMatch(/^text\/css/);
    // No .br or .gz was written for it: the server compresses it as it sends it.
    const sent = await request.get(story.path, { headers: { 'accept-encoding': 'br' } });
    expect(sent.headers()['content-encoding']).toBe('br');
  });

  test('reads in the browser as any story does: headline, body, sidebars, and links that navigate in the app', async ({ page, request }) => {
    const story = await oldestStory(request);
    const warnings: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'warning') warnings.push(message.text());
    });
    await page.goto(story.path);
    await expect(page).toHaveTitle(`${story.headline} | Dateline`);
    const main = page.getByRole('main');
    await expect(main.getByRole('heading', { level: 1 })).toHaveText(story.headline);
    await expect(main.getByRole('article').getByRole('paragraph').first()).toBeVisible();
    await expect(page.getByRole('heading', { name: `Most Visited in ${story.sectionTitle}` })).toBeVisible();
    await expectNoAxeViolations(page);
    // Its shell waits for no footer it does not hold (a rendered page's first paint does).
    expect(warnings.filter((w) => w.includes('expected to be parsed'))).toEqual([]);

    // The app took the page over: a sidebar link navigates without loading a document.
    await markDocument(page);
    const link = page.getByRole('complementary').getByRole('link').first();
    const headline = (await link.innerText()).trim();
    await link.click();
    await expect(main.getByRole('heading', { level: 1 })).toHaveText(headline);
    expect(await documentWasKept(page)).toBe(true);
  });
});

test.describe('a listing page outside the prerender window', () => {
  test('is served with its own head, and lists its stories in the browser', async ({ page, request }) => {
    const { status, og, html } = await fetchPreview(request, LATER_LISTING);
    expect(status).toBe(200);
    expect(og.ogUrl).toBe(canonicalOf(LATER_LISTING));
    expect(html).toContain('<div id="root"></div>');

    const listing = await json<SectionPage>(request, `/api/v1/en/sections/politics/page-${LATER_PAGE}.json`);
    await page.goto(LATER_LISTING);
    await expect(page.getByRole('navigation', { name: 'Pagination' })).toContainText(`Page ${LATER_PAGE} of ${listing.pageCount}`);
    await expect(page.getByRole('main').getByRole('link', { name: listing.items[0]!.headline })).toBeVisible();
    await expectNoAxeViolations(page);
  });
});
