// @vitest-environment jsdom
import { cleanup, screen } from '@testing-library/react';
import MiniSearch from 'minisearch';
import { afterEach, describe, expect, it } from 'vitest';
import type { SearchIndexFile } from '../../content-api';
import { SCHEMA_VERSION } from '../../content-api/schemas';
import { loadSearchEngine } from '../../content-api/searchEngine';
import { searchIndexOptions, type SearchDocument } from '../../content-api/searchOptions';
import { renderInApp, summaryFixture } from '../../components/testUtils';
import { SearchResults } from './SearchResults';

afterEach(cleanup);

/** A real index built the way the compiler builds it, read back the way the app reads it. */
async function engineFor(docs: SearchDocument[], total = docs.length) {
  const index = new MiniSearch<SearchDocument>(searchIndexOptions);
  index.addAll(docs);
  const file: SearchIndexFile = { schemaVersion: SCHEMA_VERSION, lang: 'en', documents: docs.length, bodies: docs.length, total, index: JSON.parse(JSON.stringify(index)) as SearchIndexFile['index'] };
  return loadSearchEngine(file);
}

const doc = (id: string, headline: string, body = ''): SearchDocument => {
  const { path, publishedAt, section, summary } = summaryFixture(id, headline);
  return { id, headline, summary, path, publishedAt, section, body };
};

describe('SearchResults', () => {
  it('counts and lists the matching stories, headline matches first', async () => {
    const engine = await engineFor([doc('1', 'Ministers meet', 'Lavrov arrived late.'), doc('2', 'Lavrov visits Tehran'), doc('3', 'Storm warning')]);
    renderInApp(<SearchResults engine={engine} query="Lavrov" />);
    expect(screen.getByRole('status').textContent).toBe('2 results for “Lavrov”');
    const links = screen.getAllByRole('link').map((a) => a.textContent);
    expect(links).toEqual(['Lavrov visits Tehran', 'Ministers meet']);
    expect(screen.queryByText(/Search covers the newest/)).toBeNull();
  });

  it('says when nothing matches, and when the index covers only the newest stories', async () => {
    const engine = await engineFor([doc('1', 'Ministers meet')], 12_000);
    renderInApp(<SearchResults engine={engine} query="quokka" />);
    expect(screen.getByRole('status').textContent).toMatch(/^No stories match “quokka”/);
    expect(screen.queryAllByRole('listitem')).toHaveLength(0);
    expect(screen.getByText('Search covers the newest 1 of 12,000 stories; older ones are in the section and tag pages.')).toBeTruthy();
  });
});
