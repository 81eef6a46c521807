/** Test helpers: render inside the providers every component expects. Imported by tests only. */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { siteQuery, type Site, type Summary } from '../content-api';
import { EditionProvider, useEditionFromSite } from '../i18n';
import { site } from '../seo/testFixtures';

export function testClient(): QueryClient {
  return new QueryClient({ defaultOptions: { queries: { retry: false, gcTime: Infinity } } });
}

/** The same site.json the SEO tests use: one edition, two sections. */
export const siteFixture: Site = site;

export function summaryFixture(id: string, headline = `Story ${id}`): Summary {
  return {
    id,
    slug: `story-${id}`,
    lang: 'en',
    section: 'politics',
    headline,
    summary: `Summary of story ${id}.`,
    publishedAt: '2021-04-13T10:25:00Z',
    image: null,
    path: `/en/news/2021/04/13/${id}/story-${id}`,
    sample: false,
  };
}

/** What RootLayout does for every page: one site.json reading, handed down to whatever asks for the edition. */
function WithEdition({ children }: { children: ReactNode }) {
  return <EditionProvider value={useEditionFromSite()}>{children}</EditionProvider>;
}

/** Renders `ui` at `/en` (an edition route) with a query client that already knows site.json. */
export function renderInApp(ui: ReactNode, client: QueryClient = testClient()) {
  client.setQueryData(siteQuery().queryKey, siteFixture);
  const result = render(
    <QueryClientProvider client={client}>
      <MemoryRouter initialEntries={['/en']}>
        <Routes>
          <Route path="/:lang" element={<WithEdition>{ui}</WithEdition>} />
        </Routes>
      </MemoryRouter>
    </QueryClientProvider>,
  );
  return { ...result, client };
}
