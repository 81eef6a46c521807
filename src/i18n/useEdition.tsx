import { useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, use, useMemo, type ReactNode } from 'react';
import { useParams } from 'react-router-dom';
import { siteQuery, type Edition, type Site } from '../content-api';

export interface EditionContext {
  /** The language in the address, or the site's default where the address has none. */
  lang: string | undefined;
  site: Site | undefined;
  /** The address's edition; the default one where the address names none or an unknown one. */
  edition: Edition | undefined;
}

function editionOf(langParam: string | undefined, site: Site | undefined): EditionContext {
  const lang = langParam ?? site?.defaultEdition;
  const edition = site?.editions.find((e) => e.lang === lang) ?? site?.editions.find((e) => e.lang === site.defaultEdition);
  return { lang, site, edition };
}

/** The current edition as site.json describes it; undefined parts while site.json is loading or failed. */
export function useEditionFromSite(): EditionContext {
  const { lang } = useParams();
  const { data: site } = useQuery(siteQuery());
  return useMemo(() => editionOf(lang, site), [lang, site]);
}

const ProvidedEdition = createContext<EditionContext | null>(null);

/**
 * Hands the layout's edition to everything below it. Every date, figure,
 * pager and card asks for the edition; with a site.json query observer each,
 * a listing made dozens of them, each set up on every render and subscribed
 * at hydration (6 % of a prerendered page's CPU, decision 0660).
 */
export function EditionProvider({ value, children }: { value: EditionContext; children: ReactNode }) {
  return <ProvidedEdition value={value}>{children}</ProvidedEdition>;
}

/** The edition of the page being read, as RootLayout provides it. */
export function useEdition(): EditionContext {
  const provided = use(ProvidedEdition);
  const { lang } = useParams();
  const client = useQueryClient();
  if (provided) return provided;
  // Outside the page frame (the last-resort error page, which replaces it): what the cache already holds.
  return editionOf(lang, client.getQueryData(siteQuery().queryKey));
}

/** A section's display title from site.json, falling back to its slug until that has loaded. */
export function useSectionTitle(slug: string | null): string {
  const { edition } = useEdition();
  if (slug === null) return '';
  return edition?.sections.find((s) => s.slug === slug)?.title ?? slug;
}
