import { useId, type FormEvent } from 'react';
import { useMatch, useNavigate } from 'react-router-dom';
import { paths, routePatterns } from '../../content-api';
import { useEdition, useStrings } from '../../i18n';
import './search.css';

interface Props {
  lang: string;
  className?: string;
  value?: string;
  onChange?: (value: string) => void;
}

/**
 * A search landmark with a labelled field. Without JavaScript it is a plain
 * GET form to the search page; with it, the app navigates there itself.
 */
export function SearchField({ lang, className, value, onChange }: Props) {
  const strings = useStrings();
  const navigate = useNavigate();
  const id = useId();
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const q = new FormData(event.currentTarget).get('q');
    navigate(paths.search(lang, typeof q === 'string' ? q : ''));
  };
  return (
    <form role="search" aria-label={strings.search.label} className={`search-form ${className ?? ''}`} action={paths.search(lang)} method="get" onSubmit={submit}>
      <label htmlFor={id} className="visually-hidden">
        {strings.search.label}
      </label>
      <input
        id={id}
        className="search-form__input"
        type="search"
        name="q"
        enterKeyHint="search"
        autoComplete="off"
        spellCheck={false}
        {...(onChange ? { value: value ?? '', onChange: (e) => onChange(e.target.value) } : {})}
      />
      <button type="submit" className="button search-form__submit">
        {strings.search.submit}
      </button>
    </form>
  );
}

/** The masthead's search form; the search page has its own, so this one steps aside there. */
export function MastheadSearch() {
  const { edition } = useEdition();
  const onSearchPage = useMatch(`${routePatterns.edition}/${routePatterns.search}`);
  if (!edition || onSearchPage) return null;
  return <SearchField lang={edition.lang} className="search-form--masthead" />;
}
