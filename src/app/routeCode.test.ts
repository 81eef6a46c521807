import type { RouteObject } from 'react-router-dom';
import { describe, expect, it, vi } from 'vitest';
import { routeCodePrefetcher } from './routeCode';

function table() {
  const article = vi.fn(async () => ({}));
  const section = vi.fn(async () => ({}));
  const routes: RouteObject[] = [
    {
      path: '/',
      children: [
        {
          path: ':lang',
          children: [
            { path: 'section/:section', lazy: section },
            { path: 'news/:y/:m/:d/:id/:slug', lazy: article },
          ],
        },
      ],
    },
  ];
  return { routes, article, section };
}

describe('routeCodePrefetcher', () => {
  it('loads the code of the route an address matches, and of no other', () => {
    const { routes, article, section } = table();
    routeCodePrefetcher(routes, () => true)('/en/news/2021/04/13/2484159/a-story');
    expect(article).toHaveBeenCalledTimes(1);
    expect(section).not.toHaveBeenCalled();
  });

  it('does nothing for an address no route matches, or while offline', () => {
    const { routes, article, section } = table();
    routeCodePrefetcher(routes, () => true)('/nowhere/at/all/x/y/z/w');
    routeCodePrefetcher(routes, () => false)('/en/section/politics');
    expect(article).not.toHaveBeenCalled();
    expect(section).not.toHaveBeenCalled();
  });

  it('swallows a failed load: the navigation itself reports it', async () => {
    const routes: RouteObject[] = [{ path: '/x', lazy: () => Promise.reject(new Error('offline')) }];
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    routeCodePrefetcher(routes, () => true)('/x');
    await new Promise((resolve) => setTimeout(resolve, 10));
    process.off('unhandledRejection', unhandled);
    expect(unhandled).not.toHaveBeenCalled();
  });
});
