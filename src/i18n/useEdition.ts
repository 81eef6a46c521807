import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router-dom';
import { siteQuery, type Edition, type Site } from '../content-api';

export interface EditionContext {
  /** The language in the address, or the site's default where the address has none. */
  lang: string | undefined;
  site: Site | undefined;
  /** The address's edition; the default one where the address names none or an unknown one. */
  edition: Edition | undefined;
}

/** The current edition as site.json describes it; undefined parts while site.json is loading or failed. */
export function useEdition(): EditionContext {
  const { lang: langParam } = useParams();
  const { data: site } = useQuery(siteQuery());
  const lang = langParam ?? site?.defaultEdition;
  const edition =
    site?.editions.find((e) => e.lang === lang) ?? site?.editions.find((e) => e.lang === site.defaultEdition);
  return { lang, site, edition };
}

/** A section's display title from site.json, falling back to its slug until that has loaded. */
export function useSectionTitle(slug: string | null): string {
  const { edition } = useEdition();
  if (slug === null) return '';
  return edition?.sections.find((s) => s.slug === slug)?.title ?? slug;
}
