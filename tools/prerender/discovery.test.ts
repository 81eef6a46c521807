// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/content-api/schemas';
import { article, edition, sectionPage, site, tagPage } from '../../src/seo/testFixtures';
import type { ApiSnapshot } from './apiSnapshot';
import { discoveryFiles } from './discovery';
import { recentArticles, sitemapEntries, sitemapFiles } from './sitemap';

const origin = 'https://news.example';
const HOUR = 3_600_000;

function story(id: number, publishedAt: string, section = 'politics'): Article {
  return { ...article, id: String(id), slug: `story-${id}`, section, publishedAt, updatedAt: publishedAt, headline: `Story ${id} <&> "quoted"` };
}

const articles = [
  story(3, '2021-05-02T12:00:00Z'),
  story(2, '2021-05-01T00:00:00Z', 'world'),
  story(1, '2021-04-20T00:00:00Z'),
];
const snapshot: ApiSnapshot = {
  apiDir: '/nowhere',
  site,
  editions: [
    {
      edition,
      articles,
      sectionPages: [
        { ...sectionPage, page: 1, items: [articles[0]!] },
        { ...sectionPage, page: 2, items: [articles[2]!] },
        { ...sectionPage, section: { slug: 'world', title: 'World' }, page: 1, pageCount: 1, items: [articles[1]!] },
      ],
      tagPages: [
        { ...tagPage, items: [articles[0]!] },
        { ...tagPage, page: 2, items: [articles[2]!] },
      ],
    },
  ],
};

function parse(text: string): Document {
  const doc = new DOMParser().parseFromString(text, 'application/xml');
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  return doc;
}

const texts = (doc: Document, tag: string) => Array.from(doc.getElementsByTagName(tag), (e) => e.textContent);

describe('discovery files', () => {
  const files = discoveryFiles(snapshot, origin);

  it('writes sitemaps, robots.txt and a feed per edition and per section', () => {
    expect([...files.keys()].sort()).toEqual([
      '/en/feed.xml',
      '/en/section/politics/feed.xml',
      '/en/section/world/feed.xml',
      '/news-sitemap.xml',
      '/robots.txt',
      '/sitemap.xml',
    ]);
  });

  it('lists home, every section and tag page and every article in the sitemap', () => {
    const doc = parse(files.get('/sitemap.xml')!);
    expect(texts(doc, 'loc')).toEqual([
      `${origin}/en`,
      `${origin}/en/section/politics`,
      `${origin}/en/section/politics?page=2`,
      `${origin}/en/section/world`,
      `${origin}/en/tag/sergei-lavrov`,
      `${origin}/en/tag/sergei-lavrov?page=2`,
      `${origin}/en/news/2021/05/02/3/story-3`,
      `${origin}/en/news/2021/05/01/2/story-2`,
      `${origin}/en/news/2021/04/20/1/story-1`,
    ]);
    expect(files.get('/sitemap.xml')).toContain('politics?page=2</loc>');
  });

  it('puts only the last two days before the newest story in the news sitemap', () => {
    const doc = parse(files.get('/news-sitemap.xml')!);
    expect(texts(doc, 'news:title')).toEqual(['Story 3 <&> "quoted"', 'Story 2 <&> "quoted"']);
    expect(texts(doc, 'news:name')).toEqual(['Dateline', 'Dateline']);
    expect(texts(doc, 'news:language')).toEqual(['en', 'en']);
  });

  it('points robots.txt at both sitemaps', () => {
    expect(files.get('/robots.txt')).toContain(`Sitemap: ${origin}/sitemap.xml\n`);
    expect(files.get('/robots.txt')).toContain(`Sitemap: ${origin}/news-sitemap.xml\n`);
  });

  it('writes valid Atom with the newest entries first, per section', () => {
    const all = parse(files.get('/en/feed.xml')!);
    expect(all.documentElement.namespaceURI).toBe('http://www.w3.org/2005/Atom');
    expect(all.documentElement.getAttribute('xml:lang')).toBe('en');
    const entries = all.getElementsByTagName('entry');
    expect(entries).toHaveLength(3);
    expect(entries[0]!.getElementsByTagName('id')[0]!.textContent).toBe(`${origin}/en/news/2021/05/02/3/story-3`);
    expect(all.querySelector('feed > updated')!.textContent).toBe('2021-05-02T12:00:00Z');
    expect(all.querySelector('feed > link[rel=self]')!.getAttribute('href')).toBe(`${origin}/en/feed.xml`);

    const world = parse(files.get('/en/section/world/feed.xml')!);
    expect(texts(world, 'title')).toEqual(['Dateline: World', 'Story 2 <&> "quoted"']);
  });

  it('keeps feeds to the newest twenty', () => {
    const many = Array.from({ length: 25 }, (_, i) => story(100 + i, new Date(Date.UTC(2021, 0, 1 + i)).toISOString()));
    const big = discoveryFiles({ ...snapshot, editions: [{ ...snapshot.editions[0]!, articles: many }] }, origin);
    const doc = parse(big.get('/en/feed.xml')!);
    expect(doc.getElementsByTagName('entry')).toHaveLength(20);
    expect(doc.getElementsByTagName('entry')[0]!.getElementsByTagName('title')[0]!.textContent).toMatch(/^Story 124/);
  });
});

describe('sitemap details', () => {
  it('turns into an index of parts past the per-file limit', () => {
    const files = sitemapFiles(sitemapEntries(snapshot, origin), origin, 4);
    expect([...files.keys()]).toEqual(['sitemap-1.xml', 'sitemap-2.xml', 'sitemap-3.xml', 'sitemap.xml']);
    const index = parse(files.get('sitemap.xml')!);
    expect(index.documentElement.tagName).toBe('sitemapindex');
    expect(texts(index, 'loc')).toEqual([1, 2, 3].map((n) => `${origin}/sitemap-${n}.xml`));
    expect(parse(files.get('sitemap-3.xml')!).getElementsByTagName('url')).toHaveLength(1);
  });

  it('leaves out stories newer than the reference time', () => {
    const reference = Date.parse('2021-05-01T12:00:00Z');
    expect(recentArticles(articles, reference).map((a) => a.id)).toEqual(['2']);
    expect(recentArticles(articles, reference + 48 * HOUR).map((a) => a.id)).toEqual(['3']);
  });
});
