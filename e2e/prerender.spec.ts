import { test, expect, SEED } from './fixtures';
import { canonicalOf, fetchPreview, ofType } from './previews';

const SECTION = '/en/section/politics';

test.describe('prerendered pages, as crawlers fetch them (no JavaScript)', () => {
  test('an article carries its preview fields in the first 60 KB', async ({ request }) => {
    const { status, og, html } = await fetchPreview(request, SEED.path);
    expect(status).toBe(200);
    expect(html).toMatch(/^<!doctype html>\s*<html lang="en" dir="ltr">/i);
    expect(og.ogTitle).toBe(SEED.headline);
    expect(og.ogType).toBe('article');
    expect(og.ogUrl).toBe(canonicalOf(SEED.path));
    expect(og.ogSiteName).toBe('Dateline');
    expect(og.ogLocale).toBe('en_GB');
    expect(og.ogDescription).toContain('Rouhani');
    expect(og.articlePublishedTime).toBe('2021-04-13T10:25:00Z');
    expect(og.articleModifiedTime).toBeTruthy();
    expect(og.articleSection).toBe('Politics');
    const image = og.ogImage?.[0];
    expect(image?.url).toMatch(/^https?:\/\/.+\.(png|jpe?g|webp)$/);
    expect(Number(image?.width)).toBeGreaterThan(0);
    expect(Number(image?.height)).toBeGreaterThan(0);
    expect(image?.alt).toBeTruthy();
    expect(og.twitterCard).toBe('summary_large_image');
    expect(og.twitterTitle).toBe(SEED.headline);
    expect(html).toContain(`<link rel="canonical" href="${canonicalOf(SEED.path)}">`);
  });

  test('the article page holds the story itself and its data, not just a shell', async ({ request }) => {
    const { html } = await fetchPreview(request, SEED.path);
    expect(html).toMatch(new RegExp(`<h1[^>]*>${SEED.headline}</h1>`));
    expect(html).toContain(SEED.lastParagraph);
    expect(html).toContain('Most Visited in Politics');
    expect(html).toMatch(/<script type="application\/json" id="dateline-state" data-path="[^"]+" data-api="[^"]+">\{"path":"\/en\/news\//);
    expect(html).toContain('<link rel="alternate" type="application/atom+xml"');
  });

  test('the article JSON-LD describes a NewsArticle and its breadcrumbs', async ({ request }) => {
    const { jsonLd } = await fetchPreview(request, SEED.path);
    const news = ofType(jsonLd, 'NewsArticle');
    expect(news['@context']).toBe('https://schema.org');
    expect(news.headline).toBe(SEED.headline);
    expect(news.description).toEqual(expect.any(String));
    expect(news.datePublished).toBe('2021-04-13T10:25:00Z');
    expect(news.dateModified).toEqual(expect.any(String));
    expect(news.mainEntityOfPage).toEqual({ '@type': 'WebPage', '@id': canonicalOf(SEED.path) });
    expect(news.image).toEqual([expect.objectContaining({ url: expect.stringMatching(/^https?:\/\//) })]);
    expect(news.author).toEqual([expect.objectContaining({ name: 'Tasnim News Agency' })]);
    expect(news.publisher).toMatchObject({
      '@type': 'Organization',
      name: 'Dateline',
      logo: { '@type': 'ImageObject', url: expect.stringMatching(/publisher-logo\.png$/) },
    });
    const crumbs = ofType(jsonLd, 'BreadcrumbList').itemListElement as { name: string; item: string }[];
    expect(crumbs.map((c) => c.name)).toEqual(['Dateline', 'Politics', SEED.headline]);
    expect(crumbs[1]!.item).toBe(canonicalOf(SECTION));
  });

  test('section and home pages have their own previews', async ({ request }) => {
    const section = await fetchPreview(request, SECTION);
    expect(section.status).toBe(200);
    expect(section.og.ogTitle).toBe('Politics');
    expect(section.og.ogType).toBe('website');
    expect(section.og.ogUrl).toBe(canonicalOf(SECTION));
    expect(section.html).toContain(`href="${canonicalOf('/en/section/politics/feed.xml')}"`);

    const home = await fetchPreview(request, '/en');
    expect(home.status).toBe(200);
    expect(home.og.ogType).toBe('website');
    expect(home.og.ogUrl).toBe(canonicalOf('/en'));
    expect(home.og.ogImage?.[0]?.url).toBe(canonicalOf('/og-default.png'));
    expect(home.html).toContain('Top Stories');
  });

  test('a right-to-left edition says so on <html> and in its locale', async ({ request }) => {
    const { status, og, html } = await fetchPreview(request, '/fa');
    expect(status).toBe(200);
    expect(html).toMatch(/<html lang="fa" dir="rtl">/);
    expect(og.ogLocale).toBe('fa_IR');
    expect(og.ogUrl).toBe(canonicalOf('/fa'));
  });

  test('a later section page is prerendered at its own address', async ({ request }) => {
    const { status, og, html } = await fetchPreview(request, `${SECTION}?page=2`);
    expect(status).toBe(200);
    expect(og.ogUrl).toBe(canonicalOf(`${SECTION}?page=2`));
    expect(html).toContain('<title>Politics, page 2 | Dateline</title>');
  });

  test('unknown addresses answer 404 with the not-found page', async ({ request }) => {
    for (const path of ['/en/this/is/not/a/page', '/en/news/2021/04/13/999999999/no-such-story', '/en/section/no-such-section']) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(404);
      const html = await response.text();
      expect(html).toContain('Page not found');
      expect(html).toContain('<meta name="robots" content="noindex">');
    }
  });

  test('a known article under an old slug is still served, for the app to redirect', async ({ request }) => {
    expect((await request.get('/en/news/1999/01/01/2484159/some-old-slug')).status()).toBe(200);
  });
});

const TAG = '/en/tag/space';
const PERSIAN_TAG = `/fa/tag/${encodeURIComponent('انتخابات')}`;

test.describe('tag pages are prerendered like section pages', () => {
  test('a tag page carries its stories, its data and its own preview', async ({ request }) => {
    const { status, og, jsonLd, html } = await fetchPreview(request, TAG);
    expect(status).toBe(200);
    expect(html).toContain('<title>Space | Dateline</title>');
    expect(html).toContain(`<link rel="canonical" href="${canonicalOf(TAG)}">`);
    expect(og.ogTitle).toBe('Space');
    expect(og.ogType).toBe('website');
    expect(og.ogUrl).toBe(canonicalOf(TAG));
    expect(og.ogDescription).toBe('Stories tagged “Space” from Dateline, newest first.');
    const crumbs = ofType(jsonLd, 'BreadcrumbList').itemListElement as { name: string; item: string }[];
    expect(crumbs.map((c) => c.name)).toEqual(['Dateline', 'Space']);
    expect(html).toMatch(/<h1[^>]*>Space<\/h1>/);
    expect(html).toContain('22 stories');
    expect(html.match(/class="story-card__headline"/g)).toHaveLength(10);
    expect(html).toMatch(/<script type="application\/json" id="dateline-state" data-path="[^"]+" data-api="[^"]+">\{"path":"\/en\/tag\/space"/);
  });

  test('a later tag page is prerendered at its own address, and a Persian one in Persian', async ({ request }) => {
    const later = await fetchPreview(request, `${TAG}?page=2`);
    expect(later.status).toBe(200);
    expect(later.og.ogUrl).toBe(canonicalOf(`${TAG}?page=2`));
    expect(later.html).toContain('<title>Space, page 2 | Dateline</title>');

    const persian = await fetchPreview(request, PERSIAN_TAG);
    expect(persian.status).toBe(200);
    expect(persian.html).toMatch(/<html lang="fa" dir="rtl">/);
    expect(persian.og.ogUrl).toBe(canonicalOf(PERSIAN_TAG));
    expect(persian.html).toMatch(/<h1[^>]*>انتخابات<\/h1>/);
  });

  test('an unknown tag answers 404 with the not-found page', async ({ request }) => {
    const response = await request.get('/en/tag/no-such-tag');
    expect(response.status()).toBe(404);
    expect(await response.text()).toContain('Page not found');
  });
});

test('the empty search page is prerendered, kept out of indexes; the saved page is not prerendered', async ({ request }) => {
  const { status, html } = await fetchPreview(request, '/en/search');
  expect(status).toBe(200);
  expect(html).toContain('<title>Search | Dateline</title>');
  expect(html).toContain('<meta name="robots" content="noindex">');
  expect(html).toMatch(/<form role="search"[^>]*action="\/en\/search"/);
  expect(html).not.toContain('search-index');
  // The saved list lives on the device: the server sends the app shell for the app to fill.
  const saved = await request.get('/en/saved');
  expect(saved.status()).toBe(200);
  expect(await saved.text()).toContain('<div id="root"></div>');
});
