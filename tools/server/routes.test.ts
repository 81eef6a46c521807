import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRouteMatcher, matchesPattern, matchPattern, notFoundPageFor, parseRouteTable, type RouteTable } from './routes';
import { startServer, type RunningServer } from './startServer';
import { createFixture, type Fixture } from './testFixture';
import { request } from './testRequest';

const ARTICLE = '/:lang/news/:year/:month/:day/:id/:slug?';

describe('matchesPattern', () => {
  it.each([
    ['/:lang', '/en', true],
    ['/:lang', '/en/section', false],
    ['/:lang/section/:slug', '/en/section/world', true],
    [ARTICLE, '/en/news/2021/04/13/1', true],
    [ARTICLE, '/en/news/2021/04/13/1/s', true],
    [ARTICLE, '/en/news/2021/04/13', false],
    [ARTICLE, '/en/news/2021/04/13/1/s/extra', false],
    ['/docs/*', '/docs/a/b', true],
    ['/', '/', true],
  ])('%s ~ %s: %s', (pattern, path, expected) => {
    expect(matchesPattern(pattern, path)).toBe(expected);
  });

  it('names the segments it matched', () => {
    expect(matchPattern(ARTICLE, '/fa/news/2021/05/02/3484355')).toEqual({ lang: 'fa', year: '2021', month: '05', day: '02', id: '3484355' });
  });
});

describe('createRouteMatcher', () => {
  const table: RouteTable = {
    routes: ['/', '/en', '/en/section/world', '/en/tag/:tag'],
    articles: { pattern: ARTICLE, ids: { en: ['2484159'], fa: ['3484355'] } },
  };
  const matches = createRouteMatcher(table);

  it.each([
    ['/en/', true],
    ['/en/section/world', true],
    ['/en/section/nope', false],
    ['/en/tag/anything', true],
    ['/en/news/2021/04/13/2484159/slug', true],
    ['/en/news/1999/01/01/2484159/an-old-slug', true],
    ['/en/news/2021/04/13/2484159', true],
    ['/en/news/2021/04/13/2484159/slug/', true],
    ['/fa/news/2021/04/13/2484159/slug', false],
    ['/en/news/2021/04/13/99999999/nope', false],
    ['/en/news/2021/04/13/2484159/slug/more', false],
    ['/xx/anything', false],
  ])('%s: %s', (path, expected) => {
    expect(matches(path)).toBe(expected);
  });

  it('looks article ids up in a set: 100k articles cost no more per request than one', () => {
    const ids = Array.from({ length: 100_000 }, (_, i) => String(1_000_000 + i));
    const big = createRouteMatcher({ routes: ['/en'], articles: { pattern: ARTICLE, ids: { en: ids } } });
    let known = 0;
    for (let i = 0; i < 10_000; i++) if (big(`/en/news/2021/01/01/${1_000_000 + ((i * 7919) % 100_000)}/s`)) known += 1;
    expect(known).toBe(10_000);
    // Unknown ids were the worst case: ~350 ms each against 100k patterns, ~25 µs in the set.
    const started = performance.now();
    let unknown = 0;
    for (let i = 0; i < 1000; i++) if (!big(`/en/news/2021/01/01/${9_000_000 + i}/s`)) unknown += 1;
    expect(unknown).toBe(1000);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('still reads the first format, one pattern per article', () => {
    const old = createRouteMatcher({ routes: ['/en', '/en/news/:year/:month/:day/2484159/:slug?'] });
    expect(old('/en/news/2021/04/13/2484159/x')).toBe(true);
    expect(old('/en/news/2021/04/13/1/x')).toBe(false);
  });
});

describe('notFoundPageFor', () => {
  const table = { notFound: { fa: '/fa/404.html' } };
  it.each([
    ['/fa/news/2020/01/01/1/x', '/fa/404.html'],
    ['/fa', '/fa/404.html'],
    ['/en/section/nope', '/404.html'],
    ['/fax/nope', '/404.html'],
    ['/constructor/x', '/404.html'],
  ])('%s -> %s', (path, page) => {
    expect(notFoundPageFor(table, path)).toBe(page);
  });
});

describe('parseRouteTable', () => {
  it.each([
    [null, /routes/],
    [{ routes: [1] }, /routes/],
    [{ routes: [], articles: { pattern: ARTICLE, ids: { en: [1] } } }, /articles/],
    [{ routes: [], articles: { pattern: '/news/:id', ids: {} } }, /:lang/],
    [{ routes: [], notFound: { fa: 'fa/404.html' } }, /notFound/],
    [{ routes: [], paged: '/:lang/section/:section' }, /paged/],
  ])('refuses %j', (value, message) => {
    expect(() => parseRouteTable(value, 'routes.json')).toThrow(message);
  });
});

describe('with dist/routes.json', () => {
  let fixture: Fixture;
  let server: RunningServer;
  beforeAll(async () => {
    fixture = createFixture();
    server = await startServer({ root: fixture.root });
  });
  afterAll(async () => {
    await server.stop();
    fixture.remove();
  });

  it.each(['/', '/en', '/fa', '/en/section/world', '/en/news/2021/04/13/2484159/slug', '/en/news/2020/01/01/2484159/stale-slug'])(
    'listed %s gets the shell with 200',
    async (path) => {
      const res = await request(server.url, path);
      expect(res.status).toBe(200);
      expect(res.text).toContain('<title>shell</title>');
    },
  );

  it.each(['/en/news/2021/04/13/999/unknown', '/en/nowhere/at/all', '/xx/anything', '/en/section/nope'])('unlisted %s gets 404.html', async (path) => {
    const res = await request(server.url, path);
    expect(res.status).toBe(404);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['cache-control']).toBe('no-cache');
    expect(res.text).toContain('not found page');
  });

  it.each(['/fa/news/2020/01/01/99999999/nope', '/fa/nowhere', '/fa/section/nope/'])('unlisted %s gets the Persian not-found page', async (path) => {
    const res = await request(server.url, path);
    expect(res.status).toBe(404);
    expect(res.text).toContain('<html lang="fa" dir="rtl">');
  });

  it('still serves files and prerendered pages', async () => {
    expect((await request(server.url, '/en/section/politics')).text).toContain('prerendered politics');
    expect((await request(server.url, '/api/v1/site.json')).status).toBe(200);
  });
});
