/**
 * One query-options factory per content API endpoint: loaders, components
 * and prefetching all ask for data through these, so they share cache keys.
 */
import { queryOptions } from '@tanstack/react-query';
import { fetchJson } from './fetchJson';
import { apiFiles } from './paths';
import {
  articleSchema,
  homeSchema,
  sectionPageSchema,
  siteSchema,
  storyListSchema,
  type StoryListKind,
} from './schemas';

const MINUTE = 60_000;

export const siteQuery = () =>
  queryOptions({
    queryKey: ['site'],
    queryFn: ({ signal }) => fetchJson(apiFiles.site(), siteSchema, signal),
    staleTime: 30 * MINUTE,
  });

export const homeQuery = (lang: string) =>
  queryOptions({
    queryKey: ['home', lang],
    queryFn: ({ signal }) => fetchJson(apiFiles.home(lang), homeSchema, signal),
    staleTime: 2 * MINUTE,
  });

export const articleQuery = (lang: string, id: string) =>
  queryOptions({
    queryKey: ['article', lang, id],
    queryFn: ({ signal }) => fetchJson(apiFiles.article(lang, id), articleSchema, signal),
    staleTime: 10 * MINUTE,
  });

export const sectionPageQuery = (lang: string, section: string, page: number) =>
  queryOptions({
    queryKey: ['section', lang, section, page],
    queryFn: ({ signal }) => fetchJson(apiFiles.sectionPage(lang, section, page), sectionPageSchema, signal),
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
    queryFn: ({ signal }) => fetchJson(storyListFile(lang, kind, section), storyListSchema, signal),
    staleTime: 5 * MINUTE,
  });
