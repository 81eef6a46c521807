/**
 * One query-options factory per content API endpoint: loaders, components
 * and prefetching all ask for data through these, so they share cache keys.
 */
import { queryOptions } from '@tanstack/react-query';
import { fetchJson } from './fetchJson';
import { apiFiles } from './paths';
import { SEARCH_INDEX_KEY } from './queryKeys';
import type { StoryListKind } from './schemas';
import { loadSearchEngine } from './searchEngine';

const MINUTE = 60_000;

export const siteQuery = () =>
  queryOptions({
    queryKey: ['site'],
    queryFn: ({ signal }) => fetchJson(apiFiles.site(), 'site', signal),
    staleTime: 30 * MINUTE,
  });

export const homeQuery = (lang: string) =>
  queryOptions({
    queryKey: ['home', lang],
    queryFn: ({ signal }) => fetchJson(apiFiles.home(lang), 'home', signal),
    staleTime: 2 * MINUTE,
  });

export const articleQuery = (lang: string, id: string) =>
  queryOptions({
    queryKey: ['article', lang, id],
    queryFn: ({ signal }) => fetchJson(apiFiles.article(lang, id), 'article', signal),
    staleTime: 10 * MINUTE,
  });

export const sectionPageQuery = (lang: string, section: string, page: number) =>
  queryOptions({
    queryKey: ['section', lang, section, page],
    queryFn: ({ signal }) => fetchJson(apiFiles.sectionPage(lang, section, page), 'sectionPage', signal),
    staleTime: 2 * MINUTE,
  });

function storyListFile(lang: string, kind: StoryListKind, section: string | null): string {
  if (kind === 'top-stories') return apiFiles.topStories(lang);
  if (section === null) throw new Error(`a ${kind} list belongs to a section`);
  return kind === 'most-visited' ? apiFiles.mostVisited(lang, section) : apiFiles.sectionTop(lang, section);
}

export const storyListQuery = (lang: string, kind: StoryListKind, section: string | null = null) =>
  queryOptions({
    queryKey: ['story-list', lang, kind, section],
    queryFn: ({ signal }) => fetchJson(storyListFile(lang, kind, section), 'storyList', signal),
    staleTime: 5 * MINUTE,
  });

/** `tag` is the slug from the address. */
export const tagPageQuery = (lang: string, tag: string, page: number) =>
  queryOptions({
    queryKey: ['tag', lang, tag, page],
    queryFn: ({ signal }) => fetchJson(apiFiles.tagPage(lang, tag, page), 'tagPage', signal),
    staleTime: 5 * MINUTE,
  });

/**
 * An edition's search engine, ready to query. The data is a live object, not
 * JSON, so it is never persisted (see src/features/offline/persistQueries.ts);
 * MiniSearch itself loads only here, through a dynamic import.
 */
export const searchEngineQuery = (lang: string) =>
  queryOptions({
    queryKey: [SEARCH_INDEX_KEY, lang],
    queryFn: async ({ signal }) => loadSearchEngine(await fetchJson(apiFiles.searchIndex(lang), 'searchIndex', signal)),
    staleTime: 30 * MINUTE,
  });
