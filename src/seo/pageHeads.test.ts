import { describe, expect, it } from 'vitest';
import { articleHead, homeHead, notFoundHead, searchHead, sectionHead, tagHead } from './pageHeads';
import type { MetaTag, PageHead } from './head';
import { article, edition, origin, sectionPage, site, tagPage } from './testFixtures';

const ctx = { site, edition, origin };
const canonical = `${origin}${article.path}`;

function meta(head: PageHead, key: string): string[] {
  return head.meta.filter((m: MetaTag) => ('property' in m ? m.property : m.name) === key).map((m) => m.content);
}

type Json = Record<string, unknown>;

describe('articleHead', () => {
  const head = articleHead(ctx, article);

  it('has an absolute canonical address and the article Open Graph fields', () => {
    expect(head.canonical).toBe(canonical);
    expect(head.title).toBe(`${article.headline} | Dateline`);
    expect(meta(head, 'og:type')).toEqual(['article']);
    expect(meta(head, 'og:url')).toEqual([canonical]);
    expect(meta(head, 'og:title')).toEqual([article.headline]);
    expect(meta(head, 'og:description')).toEqual([article.summary]);
    expect(meta(head, 'og:locale')).toEqual(['en_GB']);
    expect(meta(head, 'og:site_name')).toEqual(['Dateline']);
    expect(meta(head, 'article:published_time')).toEqual([article.publishedAt]);
    expect(meta(head, 'article:modified_time')).toEqual([article.updatedAt]);
    expect(meta(head, 'article:section')).toEqual(['Politics']);
    expect(meta(head, 'article:tag')).toEqual(['Iran', 'Russia']);
  });

  it('falls back to the site image, with its size and an alt text, when the story has none', () => {
    expect(meta(head, 'og:image')).toEqual([`${origin}/og-default.png`]);
    expect(meta(head, 'og:image:width')).toEqual(['1200']);
    expect(meta(head, 'og:image:height')).toEqual(['630']);
    expect(meta(head, 'og:image:alt')).toEqual([article.headline]);
    expect(meta(head, 'twitter:card')).toEqual(['summary_large_image']);
  });

  it("uses the story's own image, made absolute", () => {
    const image = { src: '/media/a.jpg', alt: 'Rouhani', width: 1600, height: 900 };
    const withImage = articleHead(ctx, { ...article, image });
    expect(meta(withImage, 'og:image')).toEqual([`${origin}/media/a.jpg`]);
    expect(meta(withImage, 'og:image:alt')).toEqual(['Rouhani']);
    expect(meta(withImage, 'og:image:width')).toEqual(['1600']);
  });

  it('does not offer an SVG picture to preview crawlers, which cannot show one', () => {
    const image = { src: '/media/sample/politics.svg', alt: 'Drawing', width: 1200, height: 675 };
    expect(meta(articleHead(ctx, { ...article, image }), 'og:image')).toEqual([`${origin}/og-default.png`]);
  });

  it('describes the story as a NewsArticle with a publisher logo, and its breadcrumbs', () => {
    const [news, crumbs] = head.jsonLd as [Json, Json];
    expect(news['@type']).toBe('NewsArticle');
    expect(news.headline).toBe(article.headline);
    expect(news.datePublished).toBe(article.publishedAt);
    expect(news.dateModified).toBe(article.updatedAt);
    expect(news.mainEntityOfPage).toEqual({ '@type': 'WebPage', '@id': canonical });
    expect((news.author as Json[])[0]!.name).toBe('Tasnim News Agency');
    const publisher = news.publisher as Json;
    expect(publisher['@type']).toBe('Organization');
    expect((publisher.logo as Json).url).toBe(`${origin}/publisher-logo.png`);
    expect(crumbs['@type']).toBe('BreadcrumbList');
    const items = crumbs.itemListElement as Json[];
    expect(items.map((i) => i.name)).toEqual(['Dateline', 'Politics', article.headline]);
    expect(items.map((i) => i.item)).toEqual([`${origin}/en`, `${origin}/en/section/politics`, canonical]);
  });

  it('links the edition and section feeds for autodiscovery', () => {
    expect(head.links.map((l) => l.href)).toEqual([`${origin}/en/section/politics/feed.xml`, `${origin}/en/feed.xml`]);
    expect(head.links.every((l) => l.type === 'application/atom+xml' && l.rel === 'alternate')).toBe(true);
  });

  it('shortens a long lead at a word boundary', () => {
    const long = articleHead(ctx, { ...article, summary: 'word '.repeat(100) });
    expect(long.description.length).toBeLessThanOrEqual(200);
    expect(long.description).toMatch(/word…$/);
  });
});

describe('sectionHead, homeHead and notFoundHead', () => {
  it('gives later section pages their own canonical address and title', () => {
    const head = sectionHead(ctx, sectionPage);
    expect(head.canonical).toBe(`${origin}/en/section/politics?page=2`);
    expect(head.title).toBe('Politics, page 2 | Dateline');
    expect(meta(head, 'og:type')).toEqual(['website']);
    const crumbs = head.jsonLd[0] as Json;
    expect((crumbs.itemListElement as Json[]).length).toBe(2);
  });

  it('describes the home page as the website', () => {
    const head = homeHead(ctx);
    expect(head.canonical).toBe(`${origin}/en`);
    expect(head.title).toBe('Dateline — News from the wire, as it happens');
    expect((head.jsonLd[0] as Json)['@type']).toBe('WebSite');
    expect(head.lang).toBe('en');
    expect(head.dir).toBe('ltr');
  });

  it('keeps the not-found page out of indexes and previews', () => {
    const head = notFoundHead(ctx);
    expect(head.canonical).toBeNull();
    expect(head.robots).toBe('noindex');
    expect(meta(head, 'og:url')).toEqual([]);
  });
});

describe('tagHead', () => {
  it('gives each page of a tag its canonical address, title and description', () => {
    const head = tagHead(ctx, tagPage);
    expect(head.canonical).toBe(`${origin}/en/tag/sergei-lavrov`);
    expect(head.title).toBe('Sergei Lavrov | Dateline');
    expect(head.description).toBe('Stories tagged “Sergei Lavrov” from Dateline, newest first.');
    expect(meta(head, 'og:type')).toEqual(['website']);
    expect(meta(head, 'og:url')).toEqual([`${origin}/en/tag/sergei-lavrov`]);
    const later = tagHead(ctx, { ...tagPage, page: 2 });
    expect(later.canonical).toBe(`${origin}/en/tag/sergei-lavrov?page=2`);
    expect(later.title).toBe('Sergei Lavrov, page 2 | Dateline');
    const crumbs = (later.jsonLd[0] as Json).itemListElement as Json[];
    expect(crumbs.map((c) => c.item)).toEqual([`${origin}/en`, `${origin}/en/tag/sergei-lavrov`]);
  });

  it('is in the edition\'s language', () => {
    const fa = { ...edition, lang: 'fa', dir: 'rtl' as const, locale: 'fa-IR' };
    const head = tagHead({ ...ctx, edition: fa }, { ...tagPage, lang: 'fa', tag: { slug: 'انتخابات', name: 'انتخابات' }, page: 2 });
    expect(head.title).toBe('انتخابات، صفحه ۲ | Dateline');
    expect(head.description).toContain('«انتخابات»');
    expect(head.dir).toBe('rtl');
  });
});

describe('searchHead', () => {
  it('titles the empty search page and keeps it out of indexes', () => {
    const head = searchHead(ctx);
    expect(head.title).toBe('Search | Dateline');
    expect(head.description).toBe('Type a word to search headlines, summaries and stories.');
    expect(head.canonical).toBeNull();
    expect(head.robots).toBe('noindex');
  });
});
