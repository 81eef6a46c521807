export * from './schemas';
export { paths, apiFiles, routePatterns, parseAppPath, parsePage, type AppLocation, type ArticleAddress } from './paths';
export { apiBase } from './apiBase';
export { ApiError, isNotFound, type ApiErrorKind } from './ApiError';
export { fetchJson, REQUEST_TIMEOUT_MS } from './fetchJson';
export { siteQuery, homeQuery, articleQuery, sectionPageQuery, storyListQuery } from './queries';
export { loadPrimary, sidebarQueries, warmSidebars, prefetchHref } from './prefetch';
