/**
 * The benchmark's floor: the least this stack can ship to show one article
 * from JSON — React, react-dom, the data router and TanStack Query, nothing
 * of the app. Its bytes are what a cold article load is compared against.
 */
import { QueryClient, QueryClientProvider, useSuspenseQuery } from '@tanstack/react-query';
import { StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider, useParams } from 'react-router-dom';

interface Span {
  text: string;
}
interface Article {
  headline: string;
  body: { type: string; content?: Span[] }[];
}

function ArticleRoute() {
  const { lang, id } = useParams();
  const { data } = useSuspenseQuery({
    queryKey: ['article', lang, id],
    queryFn: async () => (await fetch(`/api/v1/${lang}/articles/${id}.json`)).json() as Promise<Article>,
  });
  return (
    <article>
      <h1>{data.headline}</h1>
      {data.body.map((block, i) => (
        <p key={i}>{block.content?.map((s) => s.text).join('')}</p>
      ))}
    </article>
  );
}

const router = createBrowserRouter([
  {
    path: '/:lang/news/:y/:m/:d/:id/:slug',
    element: (
      <Suspense fallback={null}>
        <ArticleRoute />
      </Suspense>
    ),
  },
]);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={new QueryClient()}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  </StrictMode>,
);
