// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { afterEach, describe, expect, it } from 'vitest';
import { siteQuery } from '../content-api';
import { site } from '../seo/testFixtures';
import { EditionProvider, useEdition, useEditionFromSite } from './useEdition';

function Shows() {
  const { lang, edition } = useEdition();
  return <p>{`${lang} ${edition?.locale ?? 'none'}`}</p>;
}

function clientWithSite() {
  const client = new QueryClient();
  client.setQueryData(siteQuery().queryKey, site);
  return client;
}

function renderAt(path: string, ui: ReactNode, client = clientWithSite()) {
  render(
    <QueryClientProvider client={client}>
      <MemoryRouter initialEntries={[path]}>
        <Routes>
          <Route path="/:lang" element={ui} />
          <Route path="/" element={ui} />
        </Routes>
      </MemoryRouter>
    </QueryClientProvider>,
  );
  return client;
}

function Layout({ children }: { children: ReactNode }) {
  return <EditionProvider value={useEditionFromSite()}>{children}</EditionProvider>;
}

afterEach(cleanup);

describe('useEdition', () => {
  it('gives every component below the layout its edition through one site.json observer', () => {
    const client = renderAt(
      '/en',
      <Layout>
        <Shows />
        <Shows />
        <Shows />
      </Layout>,
    );
    expect(screen.getAllByText(`en ${site.editions[0]!.locale}`)).toHaveLength(3);
    expect(client.getQueryCache().find({ queryKey: siteQuery().queryKey })?.getObserversCount()).toBe(1);
  });

  it('falls back to the default edition where the address names none', () => {
    renderAt('/', <Layout><Shows /></Layout>);
    expect(screen.getByText(`${site.defaultEdition} ${site.editions.find((e) => e.lang === site.defaultEdition)!.locale}`)).toBeTruthy();
  });

  it('outside the layout (the last-resort error page) reads what the cache holds, without observing', () => {
    const client = renderAt('/en', <Shows />);
    expect(screen.getByText(`en ${site.editions[0]!.locale}`)).toBeTruthy();
    expect(client.getQueryCache().find({ queryKey: siteQuery().queryKey })?.getObserversCount()).toBe(0);
  });
});
