// Types only: the schemas themselves (and valibot) load on demand with validate.ts.
export type * from './schemas';
export { paths, apiFiles, routePatterns, parseAppPath, parsePage, tagSlug, type AppLocation, type ArticleAddress } from './paths';
export { apiBase } from './apiBase';
export { ApiError, isNotFound, type ApiErrorKind } from './ApiError';
export { fetchJson, REQUEST_TIMEOUT_MS } from './fetchJson';
export { SEARCH_INDEX_KEY } from './queryKeys';
export { siteQuery, homeQuery, articleQuery, sectionPageQuery, storyListQuery, tagPageQuery, searchEngineQuery } from './queries';
export { MAX_SEARCH_RESULTS, type SearchEngine, type SearchResults } from './searchEngine';
export { normalizeSearchTerm } from './searchOptions';
export { loadPrimary, sidebarQueries, warmSidebars, prefetchHref } from './prefetch';
export { loadValidator } from './loadValidator';
