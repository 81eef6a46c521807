import { describe, expect, it } from 'vitest';
import { article, edition, sectionPage, site, tagPage } from '../../src/seo/testFixtures';
import { renderNginxRouteMaps } from '../server/nginxRoutes';
import { createPagedMatcher, createRouteMatcher, parseRouteTable } from '../server/routes';
import { fileForUrl, notFoundFile, pageJobs, routeTable } from './pages';

describe('fileForUrl', () => {
  it('writes each page as a folder index, later section pages under page/N', () => {
    expect(fileForUrl('/en')).toBe('en/index.html');
    expect(fileForUrl('/en/section/politics')).toBe('en/section/politics/index.html');
    expect(fileForUrl('/en/section/politics?page=1')).toBe('en/section/politics/index.html');
    expect(fileForUrl('/en/section/politics?page=3')).toBe('en/section/politics/page/3/index.html');
    expect(fileForUrl('/')).toBe('index.html');
  });

  it('names files by the decoded path, as servers look them up', () => {
    expect(fileForUrl('/fa/news/2021/05/02/3484355/سفر-نخست')).toBe('fa/news/2021/05/02/3484355/سفر-نخست/index.html');
  });
});

describe('routeTable', () => {
  const fa = { ...edition, lang: 'fa', dir: 'rtl' as const, sections: [{ slug: 'politics', title: 'سیاست' }] };
  const snapshot = {
    apiDir: '',
    site: { ...site, editions: [edition, fa] },
    editions: [
      { edition, articles: [article], sectionPages: [], tagPages: [tagPage, { ...tagPage, page: 2 }] },
      { edition: fa, articles: [{ ...article, lang: 'fa', id: '3484355' }], sectionPages: [], tagPages: [] },
    ],
  };
  const table = routeTable(snapshot);
  // As the servers read it: through JSON and the file's shape check.
  const readBack = parseRouteTable(JSON.parse(JSON.stringify(table)), 'routes.json');

  it('lists known pages exactly, each tag once, and the app-only routes', () => {
    expect(table.routes).toEqual(expect.arrayContaining(['/', '/en', '/en/section/politics', '/en/saved', '/fa', '/fa/section/politics', '/fa/search']));
    expect(table.routes.filter((r) => r.includes('/tag/'))).toEqual(['/en/tag/sergei-lavrov']);
    expect(table.routes.some((r) => r.includes(':'))).toBe(false);
  });

  it('lists article ids per edition under the app\'s article route, not one pattern each', () => {
    expect(table.articles).toEqual({ pattern: '/:lang/news/:year/:month/:day/:id/:slug?', ids: { en: ['2484159'], fa: ['3484355'] } });
    expect(table.routes.some((r) => r.includes('2484159'))).toBe(false);
  });

  it('names each other edition\'s not-found page', () => {
    expect(table.notFound).toEqual({ fa: '/fa/404.html' });
    expect(notFoundFile(snapshot.site, 'en')).toBe('404.html');
  });

  it('names the listings whose later pages are all written, so a page past the end is a 404', () => {
    const paged = createPagedMatcher(readBack);
    expect(paged('/en/section/politics')).toBe(true);
    expect(paged('/fa/tag/انتخابات')).toBe(true);
    expect(paged('/en')).toBe(false);
    expect(paged('/en/news/2021/04/13/2484159/slug')).toBe(false);
  });

  it('is a table the servers read back', () => {
    const matches = createRouteMatcher(readBack);
    expect(matches('/en/news/1999/01/01/2484159/old-slug')).toBe(true);
    expect(matches('/fa/news/2021/05/02/3484355')).toBe(true);
    expect(matches('/fa/news/2021/05/02/2484159')).toBe(false);
    expect(matches('/en/section/nope')).toBe(false);
    expect(renderNginxRouteMaps(table)).toContain('"fa/3484355" 1;');
  });
});

describe('pageJobs', () => {
  it('writes a not-found page per edition', () => {
    const fa = { ...edition, lang: 'fa', dir: 'rtl' as const };
    const jobs = [...pageJobs({ apiDir: '', site: { ...site, editions: [edition, fa] }, editions: [] })];
    const notFound = jobs.filter((j) => j.status === 404).map((j) => [j.url, j.file, j.head.lang, j.head.dir]);
    expect(notFound).toEqual([
      ['/en/__not-found__', '404.html', 'en', 'ltr'],
      ['/fa/__not-found__', 'fa/404.html', 'fa', 'rtl'],
    ]);
  });

  it('renders the window and gives every other canonical page a head-only file', () => {
    // Newest first, as apiSnapshot.ts reads them.
    const articles = ['3', '2', '1'].map((id) => ({ ...article, id, slug: `story-${id}` }));
    const listing = <P extends { page: number }>(page: P, count: number) => Array.from({ length: count }, (_, i) => ({ ...page, page: i + 1, pageCount: count }));
    const snapshot = { apiDir: '', site, editions: [{ edition, articles, sectionPages: listing(sectionPage, 3), tagPages: listing(tagPage, 2) }] };
    const jobs = [...pageJobs(snapshot, { articles: 2, listingPages: 1 })];
    const headOnly = jobs.filter((j) => !j.rendered).map((j) => j.url);
    expect(headOnly).toEqual([
      '/en/section/politics?page=2',
      '/en/section/politics?page=3',
      '/en/tag/sergei-lavrov?page=2',
      expect.stringMatching(/\/1\/story-1$/),
    ]);
    // Home, search and the not-found page are always rendered; every head is the page's own.
    expect(jobs.filter((j) => j.rendered).map((j) => j.url)).toEqual(expect.arrayContaining(['/en', '/en/search', '/en/__not-found__']));
    expect(jobs.find((j) => j.url.endsWith('story-1'))?.head.title).toContain(article.headline);
    // Without a window, every page is rendered.
    expect([...pageJobs(snapshot)].filter((j) => !j.rendered)).toEqual([]);
  });
});
