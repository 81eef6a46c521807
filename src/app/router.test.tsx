// @vitest-environment jsdom
import { QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router-dom';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Article } from '../content-api';
import { siteFixture, summaryFixture, testClient } from '../components/testUtils';
import { createRoutes } from './router';

const canonical = '/en/news/2021/04/13/2484159/president-urges';

const article: Article = {
  ...summaryFixture('2484159', 'President Urges Expansion'),
  slug: 'president-urges',
  path: canonical,
  schemaVersion: 1,
  dateline: 'TEHRAN (Tasnim)',
  summary: 'Iranian President Hassan Rouhani called for closer ties.',
  byline: 'Tasnim News Agency',
  updatedAt: '2021-04-13T10:25:00Z',
  body: [{ type: 'paragraph', content: [{ text: 'Body text.' }] }],
  tags: ['Iran'],
  related: [],
  sample: true,
};

const storyList = (kind: string) => ({
  schemaVersion: 1,
  lang: 'en',
  kind,
  section: null,
  items: [summaryFixture('1')],
});

let files: Record<string, unknown>;

// Pages are lazy routes: load their code once up front, so a slow first transform does not eat findBy's one-second wait.
beforeAll(async () => {
  const loads: Promise<unknown>[] = [];
  const walk = (routes: RouteObject[]) =>
    routes.forEach((route) => {
      if (typeof route.lazy === 'function') loads.push(route.lazy());
      if (route.children) walk(route.children);
    });
  walk(createRoutes(testClient()));
  await Promise.all(loads);
}, 60_000);

beforeEach(() => {
  files = {
    'site.json': siteFixture,
    'en/articles/2484159.json': article,
    'en/top-stories.json': storyList('top-stories'),
    'en/sections/politics/most-visited.json': storyList('most-visited'),
    'en/sections/politics/top.json': storyList('top'),
  };
  // jsdom has no scrolling; ScrollRestoration calls it on every navigation.
  vi.stubGlobal('scrollTo', () => {});
  vi.stubGlobal('fetch', async (input: string) => {
    const file = input.replace(/^.*\/api\/v1\//, '');
    const body = files[file];
    if (body === undefined) return new Response('', { status: 404 });
    return new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
  });
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function visit(path: string) {
  const client = testClient();
  const router = createMemoryRouter(createRoutes(client), { initialEntries: [path] });
  render(
    <QueryClientProvider client={client}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return router;
}

describe('routes', () => {
  it('shows an article at its canonical address', async () => {
    visit(canonical);
    expect((await screen.findByRole('heading', { level: 1 })).textContent).toBe('President Urges Expansion');
    const lead = screen.getByText(/called for closer ties/);
    expect(lead.textContent).toBe('TEHRAN (Tasnim) – Iranian President Hassan Rouhani called for closer ties.');
    expect(screen.getByText('Sample article')).toBeTruthy();
    await screen.findByRole('region', { name: 'Most Visited in Politics' });
    screen.getByRole('region', { name: 'Top Politics stories' });
    screen.getByRole('region', { name: 'Top Stories' });
    const nav = screen.getByRole('navigation', { name: 'Sections' });
    expect(within(nav).getByRole('link', { name: 'Politics' }).getAttribute('href')).toBe('/en/section/politics');
  });

  it('replaces a wrong slug or date with the canonical address', async () => {
    const router = visit('/en/news/1999/01/01/2484159/old-slug');
    await screen.findByRole('heading', { level: 1, name: 'President Urges Expansion' });
    expect(router.state.location.pathname).toBe(canonical);
    expect(router.state.historyAction).toBe('REPLACE');
  });

  it.each([
    ['an unknown article id', '/en/news/2021/04/13/999/nothing'],
    ['an unknown edition', '/xx'],
    ['an unknown section', '/en/section/nowhere'],
    ['an invalid page', '/en/section/politics?page=0'],
    ['a page past the last', '/en/section/politics?page=9'],
    ['an unmatched path', '/en/this/is/not/a/page'],
  ])('shows the not-found page for %s, inside the site frame', async (_, path) => {
    visit(path);
    await screen.findByRole('heading', { level: 1, name: 'Page not found' });
    expect(screen.getByRole('link', { name: 'Go to the front page' }).getAttribute('href')).toBe('/en');
    expect(screen.getByRole('navigation', { name: 'Sections' })).toBeTruthy();
  });

  it('reports a missing first page of a listed section in the listing, with a retry', async () => {
    visit('/en/section/politics');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain("We couldn't load the Politics page.");
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Politics');
  });

  it('sets the document language and direction from the edition, right-to-left included', async () => {
    files['site.json'] = {
      ...siteFixture,
      editions: [
        ...siteFixture.editions,
        { lang: 'fa', dir: 'rtl', label: 'فارسی', locale: 'fa-IR', sections: [{ slug: 'politics', title: 'سیاسی' }] },
      ],
    };
    visit('/fa/section/politics');
    await screen.findByRole('heading', { level: 1, name: 'سیاسی' });
    // Set by an effect, which may run a moment after the heading is committed.
    await waitFor(() => expect(document.documentElement.lang).toBe('fa'));
    expect(document.documentElement.dir).toBe('rtl');
  });

  it('sends / to the default edition', async () => {
    const router = visit('/');
    await vi.waitFor(() => expect(router.state.location.pathname).toBe('/en'));
  });

  it('says so, with a retry, when site.json cannot be loaded at /', async () => {
    delete files['site.json'];
    visit('/');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain("We couldn't load the site.");
    within(alert).getByRole('button', { name: 'Try again' });
  });
});
