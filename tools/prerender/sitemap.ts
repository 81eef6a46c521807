/**
 * sitemaps.org sitemaps and a Google News sitemap, as pure functions of the
 * built API. See docs/decisions/0251-news-sitemap-reference-time.md.
 */
import { paths } from '../../src/content-api/paths';
import type { Article } from '../../src/content-api/schemas';
import { absoluteUrl } from '../../src/seo';
import type { ApiSnapshot } from './apiSnapshot';
import { byNewest } from './apiSnapshot';
import { leaf, xmlDocument, type XmlNode } from './xml';

const SITEMAP_NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';
const NEWS_NS = 'http://www.google.com/schemas/sitemap-news/0.9';
/** The protocol's limit per file; past it the sitemap becomes an index of parts. */
export const SITEMAP_MAX_URLS = 50_000;
/** Google News reads at most this many entries and only the last two days. */
export const NEWS_MAX_URLS = 1000;
export const NEWS_WINDOW_MS = 2 * 24 * 60 * 60 * 1000;

export interface SitemapEntry {
  loc: string;
  lastmod?: string;
}

/** Every page a reader can land on: each edition's home, every section and tag page, every article. */
export function sitemapEntries(snapshot: ApiSnapshot, origin: string): SitemapEntry[] {
  const entries: SitemapEntry[] = [];
  for (const { edition, articles, sectionPages, tagPages } of snapshot.editions) {
    entries.push({ loc: absoluteUrl(paths.home(edition.lang), origin), lastmod: articles[0]?.updatedAt });
    for (const page of sectionPages) {
      const newest = page.items[0]?.publishedAt;
      entries.push({ loc: absoluteUrl(paths.section(edition.lang, page.section.slug, page.page), origin), lastmod: newest });
    }
    for (const page of tagPages) {
      const newest = page.items[0]?.publishedAt;
      entries.push({ loc: absoluteUrl(paths.tag(edition.lang, page.tag.slug, page.page), origin), lastmod: newest });
    }
    for (const article of articles) entries.push({ loc: absoluteUrl(paths.article(article), origin), lastmod: article.updatedAt });
  }
  return entries;
}

function urlset(entries: readonly SitemapEntry[]): string {
  return xmlDocument({
    el: 'urlset',
    attrs: { xmlns: SITEMAP_NS },
    children: entries.map((e) => ({
      el: 'url',
      children: [leaf('loc', e.loc), ...(e.lastmod ? [leaf('lastmod', e.lastmod)] : [])],
    })),
  });
}

/**
 * The files to write, by name. One sitemap.xml while it fits; beyond that,
 * sitemap.xml becomes an index of sitemap-1.xml, sitemap-2.xml and so on, so
 * robots.txt never has to change.
 */
export function sitemapFiles(entries: readonly SitemapEntry[], origin: string, max = SITEMAP_MAX_URLS): Map<string, string> {
  const files = new Map<string, string>();
  if (entries.length <= max) {
    files.set('sitemap.xml', urlset(entries));
    return files;
  }
  const parts: XmlNode[] = [];
  for (let i = 0; i * max < entries.length; i++) {
    const name = `sitemap-${i + 1}.xml`;
    files.set(name, urlset(entries.slice(i * max, (i + 1) * max)));
    parts.push({ el: 'sitemap', children: [leaf('loc', absoluteUrl(`/${name}`, origin))] });
  }
  files.set('sitemap.xml', xmlDocument({ el: 'sitemapindex', attrs: { xmlns: SITEMAP_NS }, children: parts }));
  return files;
}

/** Articles of the two days before `reference`, newest first. */
export function recentArticles(articles: readonly Article[], reference: number): Article[] {
  return articles
    .filter((a) => {
      const t = Date.parse(a.publishedAt);
      return t <= reference && reference - t <= NEWS_WINDOW_MS;
    })
    .sort(byNewest)
    .slice(0, NEWS_MAX_URLS);
}

/**
 * The reference time is the newest article's publication, not the clock:
 * a build is then reproducible, and an archive (like the sample corpus)
 * still shows what its news sitemap holds.
 */
export function newsReferenceTime(snapshot: ApiSnapshot): number {
  const times = snapshot.editions.flatMap((e) => e.articles.map((a) => Date.parse(a.publishedAt)));
  return times.length > 0 ? Math.max(...times) : 0;
}

export function newsSitemap(snapshot: ApiSnapshot, origin: string): string {
  const reference = newsReferenceTime(snapshot);
  const articles = recentArticles(snapshot.editions.flatMap((e) => e.articles), reference);
  return xmlDocument({
    el: 'urlset',
    attrs: { xmlns: SITEMAP_NS, 'xmlns:news': NEWS_NS },
    children: articles.map((a) => ({
      el: 'url',
      children: [
        leaf('loc', absoluteUrl(paths.article(a), origin)),
        {
          el: 'news:news',
          children: [
            { el: 'news:publication', children: [leaf('news:name', snapshot.site.name), leaf('news:language', a.lang)] },
            leaf('news:publication_date', a.publishedAt),
            leaf('news:title', a.headline),
          ],
        },
      ],
    })),
  });
}

export function robotsTxt(origin: string): string {
  // The content API stays crawlable: search engines that run the app need it to render pages.
  return [
    'User-agent: *',
    'Allow: /',
    '',
    `Sitemap: ${absoluteUrl('/sitemap.xml', origin)}`,
    `Sitemap: ${absoluteUrl('/news-sitemap.xml', origin)}`,
    '',
  ].join('\n');
}
