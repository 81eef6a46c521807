import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRouteMatcher, matchesPattern } from './routes';
import { startServer, type RunningServer } from './startServer';
import { createFixture, type Fixture } from './testFixture';
import { request } from './testRequest';

describe('matchesPattern', () => {
  it.each([
    ['/:lang', '/en', true],
    ['/:lang', '/en/section', false],
    ['/:lang/section/:slug', '/en/section/world', true],
    ['/:lang/news/:y/:m/:d/:id/:slug?', '/en/news/2021/04/13/1', true],
    ['/:lang/news/:y/:m/:d/:id/:slug?', '/en/news/2021/04/13/1/s', true],
    ['/:lang/news/:y/:m/:d/:id/:slug?', '/en/news/2021/04/13', false],
    ['/docs/*', '/docs/a/b', true],
    ['/', '/', true],
  ])('%s ~ %s: %s', (pattern, path, expected) => {
    expect(matchesPattern(pattern, path)).toBe(expected);
  });

  it('matches exact entries ignoring a trailing slash', () => {
    const matches = createRouteMatcher(['/', '/en', '/en/news/2021/04/13/2484159/slug']);
    expect(matches('/en/')).toBe(true);
    expect(matches('/en/news/2021/04/13/2484159/slug')).toBe(true);
    expect(matches('/en/news/2021/04/13/999/slug')).toBe(false);
  });
});

describe('with dist/routes.json', () => {
  let fixture: Fixture;
  let server: RunningServer;
  beforeAll(async () => {
    fixture = createFixture({ routes: ['/', '/:lang', '/:lang/section/:slug', '/en/news/2021/04/13/2484159/slug'] });
    server = await startServer({ root: fixture.root });
  });
  afterAll(async () => {
    await server.stop();
    fixture.remove();
  });

  it.each(['/', '/en', '/fa', '/en/section/world', '/en/news/2021/04/13/2484159/slug'])(
    'listed %s gets the shell with 200',
    async (path) => {
      const res = await request(server.url, path);
      expect(res.status).toBe(200);
      expect(res.text).toContain('<title>shell</title>');
    },
  );

  it.each(['/en/news/2021/04/13/999/unknown', '/en/nowhere/at/all'])('unlisted %s gets 404.html', async (path) => {
    const res = await request(server.url, path);
    expect(res.status).toBe(404);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['cache-control']).toBe('no-cache');
    expect(res.text).toContain('not found page');
  });

  it('still serves files and prerendered pages', async () => {
    expect((await request(server.url, '/en/section/politics')).text).toContain('prerendered politics');
    expect((await request(server.url, '/api/v1/site.json')).status).toBe(200);
  });
});
