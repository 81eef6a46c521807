// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { afterEach, describe, expect, it } from 'vitest';
import type { Article } from '../../content-api';
import { SaveToggle } from './SaveToggle';

const article: Article = {
  schemaVersion: 1,
  id: '1',
  slug: 'a-story',
  lang: 'en',
  section: 'politics',
  headline: 'A story',
  summary: '',
  publishedAt: '2021-04-13T10:25:00Z',
  updatedAt: '2021-04-13T10:25:00Z',
  image: null,
  path: '/en/news/2021/04/13/1/a-story',
  sample: false,
  dateline: '',
  byline: '',
  body: [],
  tags: [],
  related: [],
};

afterEach(cleanup);

describe('SaveToggle', () => {
  it('reports storage the browser refuses in place (jsdom has no IndexedDB)', async () => {
    render(
      <QueryClientProvider client={new QueryClient()}>
        <MemoryRouter>
          <SaveToggle article={article} />
        </MemoryRouter>
      </QueryClientProvider>,
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Save for offline' }));
    expect(await screen.findByText("Couldn't save: this browser does not let the site store articles.")).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Save for offline' })).toBeTruthy();
  });
});
