import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useLocation, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { searchEngineQuery } from '../../content-api';
import { PageTitle, QueryRegion, Skeleton } from '../../components';
import { useStrings } from '../../i18n';
import { SearchField } from './SearchForm';
import { SearchResults } from './SearchResults';

/** Typing settles for this long before the address (and so the results) follow. */
export const SEARCH_DEBOUNCE_MS = 250;

/**
 * /:lang/search?q=…: the query lives in the address, so results are a link
 * to share; typing rewrites the address in place, without a reload or a new
 * history entry, and without moving focus away from the field.
 */
export function SearchPage() {
  const { lang = '' } = useParams();
  const [searchParams] = useSearchParams();
  const query = (searchParams.get('q') ?? '').trim();
  const [text, setText] = useState(query);
  const navigate = useNavigate();
  const strings = useStrings();
  // The index loads as soon as the page opens, so the first results come without a wait after typing.
  const engine = useQuery(searchEngineQuery(lang));

  // An address this page wrote itself (marked keepFocus) must not be copied back into a field the reader is still typing in.
  const typedHere = (useLocation().state as { keepFocus?: boolean } | null)?.keepFocus === true;
  // Back, forward or a link change the query from outside the field: the field follows (set during render, React's way).
  const [followed, setFollowed] = useState(query);
  if (followed !== query) {
    setFollowed(query);
    if (!typedHere && text.trim() !== query) setText(query);
  }

  useEffect(() => {
    const wanted = text.trim();
    if (wanted === query) return;
    const timer = setTimeout(() => {
      navigate(
        { search: wanted ? `?q=${encodeURIComponent(wanted)}` : '' },
        { replace: true, preventScrollReset: true, state: { keepFocus: true } },
      );
    }, SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text, query, navigate]);

  return (
    <div className="search-page">
      <PageTitle title={strings.search.pageTitle(query)} />
      <h1 className="page-heading">{strings.search.heading}</h1>
      <SearchField lang={lang} className="search-form--page" value={text} onChange={setText} />
      {query === '' ? (
        <p className="search-status">{strings.search.prompt}</p>
      ) : (
        <QueryRegion query={engine} what={strings.search.index} placeholder={<Skeleton lines={8} className="skeleton--listing" />}>
          {(loaded) => <SearchResults engine={loaded} query={query} />}
        </QueryRegion>
      )}
    </div>
  );
}
