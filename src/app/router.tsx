import type { QueryClient } from '@tanstack/react-query';
import { createBrowserRouter, type RouteObject } from 'react-router-dom';
import { routePatterns } from '../content-api';
import { lazyArticlePage, articleLoader } from '../features/article';
import { lazyHomePage, homeLoader } from '../features/home';
import { lazySavedPage } from '../features/saved';
import { lazySearchPage } from '../features/search';
import { lazySectionPage, sectionLoader } from '../features/section';
import { lazyTagPage, tagLoader } from '../features/tag';
import { editionLoader, startLoader } from './editionLoader';
import { NotFoundPage } from './NotFoundPage';
import { AppSkeleton, RootLayout } from './RootLayout';
import { RootError, RouteError } from './RouteError';
import { StartPage } from './StartPage';

export function createRouter(client: QueryClient) {
  return createBrowserRouter(createRoutes(client));
}

/** The route table on its own, so the prerenderer (src/entry-server.tsx) renders exactly the same routes. */
export function createRoutes(client: QueryClient): RouteObject[] {
  return [
    {
      path: '/',
      element: <RootLayout />,
      errorElement: <RootError />,
      hydrateFallbackElement: <AppSkeleton />,
      children: [
        {
          // Inside the frame, so a failing or missing page keeps the masthead and navigation.
          errorElement: <RouteError />,
          children: [
            { index: true, loader: startLoader(client), element: <StartPage /> },
            {
              path: routePatterns.edition,
              loader: editionLoader(client),
              children: [
                { index: true, loader: homeLoader(client), lazy: lazyHomePage },
                { path: routePatterns.section, loader: sectionLoader(client), lazy: lazySectionPage },
                { path: routePatterns.article, loader: articleLoader(client), lazy: lazyArticlePage },
                { path: routePatterns.saved, lazy: lazySavedPage },
                { path: routePatterns.tag, loader: tagLoader(client), lazy: lazyTagPage },
                { path: routePatterns.search, lazy: lazySearchPage },
                { path: '*', element: <NotFoundPage /> },
              ],
            },
            { path: '*', element: <NotFoundPage /> },
          ],
        },
      ],
    },
  ];
}
