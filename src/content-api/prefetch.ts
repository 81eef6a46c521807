import type { QueryClient } from '@tanstack/react-query';
import { noop } from '@tanstack/react-query';
import { parseAppPath, type AppLocation } from './paths';
import { articleQuery, homeQuery, sectionPageQuery, storyListQuery, tagPageQuery } from './queries';

/** Loads (or reuses) the data a page needs before it can show its main content. */
export function loadPrimary(client: QueryClient, location: AppLocation): Promise<unknown> {
  switch (location.kind) {
    case 'home':
      return client.query(homeQuery(location.lang));
    case 'section':
      return client.query(sectionPageQuery(location.lang, location.section, location.page));
    case 'article':
      return client.query(articleQuery(location.lang, location.id));
    case 'tag':
      return client.query(tagPageQuery(location.lang, location.tag, location.page));
  }
}

/** The sidebars a page shows beside its main content: section lists when it has a section, and Top Stories. */
export function sidebarQueries(lang: string, section: string | null) {
  const top = storyListQuery(lang, 'top-stories');
  if (section === null) return [top];
  return [storyListQuery(lang, 'most-visited', section), storyListQuery(lang, 'top', section), top];
}

/** Starts loading a page's sidebars without waiting for them; each sidebar reports its own failure. */
export function warmSidebars(client: QueryClient, lang: string, section: string | null): void {
  for (const options of sidebarQueries(lang, section)) client.query(options).catch(noop);
}

/**
 * Warms the cache for an in-app address so that following the link paints at
 * once. Failures are left for the page itself to report.
 */
export function prefetchHref(client: QueryClient, href: string): void {
  const location = parseAppPath(href);
  if (!location) return;
  if (location.kind === 'article') {
    // An article's sidebars depend on its section, which only the article knows.
    client.query(articleQuery(location.lang, location.id)).then((a) => warmSidebars(client, a.lang, a.section), noop);
    return;
  }
  loadPrimary(client, location).catch(noop);
  warmSidebars(client, location.lang, location.kind === 'section' ? location.section : null);
}
