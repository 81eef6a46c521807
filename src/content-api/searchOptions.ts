/**
 * The search index's settings, shared by the compiler that builds it and the
 * app that loads it: MiniSearch only reads an index back with the options it
 * was built with.
 */
import type { Options, SearchOptions } from 'minisearch';
import type { SearchHit } from './schemas';

/** One story as the index sees it: what a result shows, plus its text. */
export interface SearchDocument extends SearchHit {
  /** Body text; empty for stories past the body cap. */
  body: string;
}

const PERSIAN_DIGITS = /[\u06f0-\u06f9]/g;
const ARABIC_DIGITS = /[\u0660-\u0669]/g;
const ASCII = /^[ -~]*$/;

/**
 * Folds what readers type differently for the same word: case, accents and
 * harakat, Arabic yeh and kaf for Persian ones, the zero-width non-joiner,
 * and Persian or Arabic digits for ASCII ones.
 */
export function normalizeSearchTerm(term: string): string {
  // Pure ASCII needs only case folding; this skips NFKD and six passes for most terms of a big build.
  if (ASCII.test(term)) return term.toLowerCase();
  return term
    .normalize('NFKD')
    .replace(/\p{Mn}/gu, '')
    .toLowerCase()
    .replace(/\u200c/g, '')
    .replace(/\u064a|\u0649/g, '\u06cc')
    .replace(/\u0643/g, '\u06a9')
    .replace(PERSIAN_DIGITS, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(ARABIC_DIGITS, (d) => String(d.charCodeAt(0) - 0x0660));
}

export const searchIndexOptions: Options<SearchDocument> = {
  idField: 'id',
  fields: ['headline', 'summary', 'body'],
  storeFields: ['id', 'headline', 'summary', 'path', 'publishedAt', 'section'],
  processTerm: (term) => normalizeSearchTerm(term) || null,
};

/** How the app queries: every word must match, the last one as a prefix while the reader is still typing. */
export const searchQueryOptions: SearchOptions = {
  combineWith: 'AND',
  prefix: (term, i, terms) => i === terms.length - 1 && term.length >= 2,
  fuzzy: (term) => (term.length >= 5 ? 0.2 : false),
  boost: { headline: 3, summary: 1.5 },
};
