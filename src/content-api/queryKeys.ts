/**
 * Query-key roots that code outside the query's own module must recognise:
 * the persister and the prerenderer both leave the search engine out. A leaf
 * module without import.meta.env, so tools/ can import it outside Vite.
 */
export const SEARCH_INDEX_KEY = 'search-index';
