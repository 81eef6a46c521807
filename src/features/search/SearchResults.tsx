import { useMemo } from 'react';
import type { SearchEngine } from '../../content-api';
import { Link, Time } from '../../components';
import { useSectionTitle, useStrings } from '../../i18n';
import type { SearchHit } from '../../content-api';

function SearchResult({ hit }: { hit: SearchHit }) {
  const section = useSectionTitle(hit.section);
  return (
    <article className="story-card story-card--standard search-result">
      <div className="story-card__text">
        <p className="search-result__section">{section}</p>
        <h2 className="story-card__headline">
          <Link to={hit.path}>{hit.headline}</Link>
        </h2>
        {hit.summary && <p className="story-card__summary">{hit.summary}</p>}
        <Time className="story-card__time" dateTime={hit.publishedAt} />
      </div>
    </article>
  );
}

/** The stories matching `query`, best first, with a count the status line reads out. */
export function SearchResults({ engine, query }: { engine: SearchEngine; query: string }) {
  const strings = useStrings();
  const { hits, total } = useMemo(() => engine.search(query), [engine, query]);
  return (
    <>
      <p className="search-status" role="status" aria-live="polite" aria-atomic="true">
        {total === 0 ? strings.search.noResults(query) : strings.search.results(total, query)}
        {total > hits.length && ` ${strings.search.showingFirst(hits.length)}`}
      </p>
      {engine.documents < engine.total && <p className="search-coverage">{strings.search.coverage(engine.documents, engine.total)}</p>}
      {hits.length > 0 && (
        <ol className="listing search-results">
          {hits.map((hit) => (
            <li key={hit.id}>
              <SearchResult hit={hit} />
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
