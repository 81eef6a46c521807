/**
 * The per-edition search index (MiniSearch), built once at content build
 * time so the browser only downloads and queries it. Its size is capped:
 * see SEARCH_LIMITS and docs/decisions/0402-search-index-cap.md.
 */
import MiniSearch from 'minisearch';
import { apiFiles } from '../../src/content-api/paths';
import { SCHEMA_VERSION, searchIndexSchema, type Block, type Inline } from '../../src/content-api/schemas';
import { searchIndexOptions, type SearchDocument } from '../../src/content-api/searchOptions';
import type { ArticleEntry } from './articleEntry';
import type { OutputDir } from './outputDir';

export const SEARCH_LIMITS = {
  /** Newest stories per edition in the index at all (headline and summary). */
  documents: 5_000,
  /** Newest stories per edition whose body text is indexed as well. */
  bodies: 1_000,
  /** Characters of body text indexed per story: the opening, where a wire story says what happened. */
  bodyChars: 2_000,
} as const;

export type SearchLimits = { [K in keyof typeof SEARCH_LIMITS]: number };

const spansText = (spans: readonly Inline[]) => spans.map((s) => s.text).join('');

/** The readable text of a body, for indexing; pictures contribute their captions. */
export function bodyText(blocks: readonly Block[], maxChars: number = SEARCH_LIMITS.bodyChars): string {
  const parts: string[] = [];
  let length = 0;
  for (const block of blocks) {
    let text: string;
    switch (block.type) {
      case 'list':
        text = block.items.map(spansText).join(' ');
        break;
      case 'image':
        text = block.image.caption ?? '';
        break;
      default:
        text = spansText(block.content);
    }
    parts.push(text);
    length += text.length + 1;
    if (length >= maxChars) break;
  }
  return parts.join(' ').slice(0, maxChars);
}

/** The stories of an edition whose bodies the index wants; the rest are never kept in memory. */
export function bodyWanted(newest: readonly ArticleEntry[], limits: SearchLimits = SEARCH_LIMITS): Set<ArticleEntry> {
  return new Set(newest.slice(0, Math.min(limits.bodies, limits.documents)));
}

/**
 * Builds the index from the newest stories first, in a fixed order, so the
 * same content always gives byte-identical output. `bodies` holds body text
 * for (some of) the stories `bodyWanted` chose.
 */
export function buildSearchIndex(newest: readonly ArticleEntry[], bodies: ReadonlyMap<ArticleEntry, string>, limits: SearchLimits = SEARCH_LIMITS) {
  const index = new MiniSearch<SearchDocument>(searchIndexOptions);
  const docs = newest.slice(0, limits.documents);
  index.addAll(
    docs.map((entry): SearchDocument => {
      const { id, headline, summary, path, publishedAt, section } = entry.summary;
      return { id, headline, summary, path, publishedAt, section, body: bodies.get(entry) ?? '' };
    }),
  );
  return { index, documents: docs.length, bodies: docs.filter((e) => bodies.has(e)).length };
}

export async function writeSearchIndex(
  out: OutputDir,
  lang: string,
  newest: readonly ArticleEntry[],
  bodies: ReadonlyMap<ArticleEntry, string>,
  limits: SearchLimits = SEARCH_LIMITS,
): Promise<void> {
  const built = buildSearchIndex(newest, bodies, limits);
  await out.writeJson(apiFiles.searchIndex(lang), searchIndexSchema, {
    schemaVersion: SCHEMA_VERSION,
    lang,
    documents: built.documents,
    bodies: built.bodies,
    total: newest.length,
    // MiniSearch's own serialisation, which MiniSearch.loadJSON reads back.
    index: built.index.toJSON(),
  });
}
