import type { Page } from '@playwright/test';
import { test, expect, SEED } from './fixtures';
import { canonicalOf, origin } from './previews';

interface Parsed {
  error: string | null;
  root: string;
  texts: Record<string, string[]>;
}

/** Parses XML with the browser's own parser, which rejects anything not well-formed. */
async function parseXml(page: Page, xml: string, tags: string[]): Promise<Parsed> {
  return page.evaluate(
    ([text, names]) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      const error = doc.getElementsByTagName('parsererror')[0]?.textContent ?? null;
      const texts: Record<string, string[]> = {};
      for (const name of names) texts[name] = Array.from(doc.getElementsByTagName(name), (e) => e.textContent ?? '');
      return { error, root: doc.documentElement.nodeName, texts };
    },
    [xml, tags] as const,
  );
}

test('robots.txt points to both sitemaps', async ({ request }) => {
  const response = await request.get('/robots.txt');
  expect(response.status()).toBe(200);
  const text = await response.text();
  expect(text).toContain(`Sitemap: ${origin}/sitemap.xml`);
  expect(text).toContain(`Sitemap: ${origin}/news-sitemap.xml`);
});

test('the sitemap lists home, section pages and articles with absolute addresses', async ({ page, request }) => {
  const xml = await (await request.get('/sitemap.xml')).text();
  const { error, root, texts } = await parseXml(page, xml, ['loc', 'lastmod']);
  expect(error).toBeNull();
  expect(root).toBe('urlset');
  expect(texts.loc).toContain(canonicalOf('/en'));
  expect(texts.loc).toContain(canonicalOf('/en/section/politics'));
  expect(texts.loc).toContain(canonicalOf('/en/section/politics?page=2'));
  expect(texts.loc).toContain(canonicalOf(SEED.path));
  expect(texts.loc!.every((loc) => loc.startsWith(`${origin}/`))).toBe(true);
  expect(texts.lastmod!.length).toBeGreaterThan(0);
});

test('the news sitemap holds the latest stories in the Google News format', async ({ page, request }) => {
  const xml = await (await request.get('/news-sitemap.xml')).text();
  const { error, texts } = await parseXml(page, xml, ['loc', 'news:name', 'news:publication_date', 'news:title']);
  expect(error).toBeNull();
  expect(texts.loc!.length).toBeGreaterThan(0);
  expect(texts['news:name']!.every((n) => n === 'Dateline')).toBe(true);
  expect(texts['news:title']!.length).toBe(texts.loc!.length);
});

for (const [what, path, title] of [
  ['site-wide', '/en/feed.xml', 'Dateline'],
  ['politics', '/en/section/politics/feed.xml', 'Dateline: Politics'],
] as const) {
  test(`the ${what} Atom feed is well-formed, newest first, at most 20 entries`, async ({ page, request }) => {
    const response = await request.get(path);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toMatch(/xml/);
    const { error, root, texts } = await parseXml(page, await response.text(), ['title', 'published', 'id']);
    expect(error).toBeNull();
    expect(root).toBe('feed');
    expect(texts.title![0]).toBe(title);
    const published = texts.published!;
    expect(published.length).toBeGreaterThan(0);
    expect(published.length).toBeLessThanOrEqual(20);
    expect([...published].sort().reverse()).toEqual(published);
    expect(texts.id!.slice(1).every((id) => id.startsWith(`${origin}/en/news/`))).toBe(true);
  });
}
