/**
 * Tag pages: every story carrying a tag, newest first, paged like a section
 * so no file grows with the corpus; plus the edition's list of tags.
 */
import type * as v from 'valibot';
import { apiFiles, tagSlug } from '../../src/content-api/paths';
import { SCHEMA_VERSION, tagIndexSchema, tagPageSchema, type Site, type TagRef } from '../../src/content-api/schemas';
import type { ArticleEntry } from './articleEntry';
import type { OutputDir } from './outputDir';
import { paginate } from './ranking';

export interface TagGroup {
  tag: TagRef;
  /** Newest first. */
  entries: ArticleEntry[];
}

/**
 * Groups an edition's stories by tag slug, so "Trade" and "trade" share one
 * page. The name shown is the spelling the newest story uses.
 * `newest` must be newest first; groups come out most used first, then by slug.
 */
export function groupByTag(newest: readonly ArticleEntry[]): TagGroup[] {
  const groups = new Map<string, TagGroup>();
  // A corpus has far fewer distinct tag names than tag uses.
  const slugs = new Map<string, string>();
  for (const entry of newest) {
    const seen = new Set<string>();
    for (const name of entry.tags) {
      let slug = slugs.get(name);
      if (slug === undefined) slugs.set(name, (slug = tagSlug(name)));
      if (seen.has(slug)) continue;
      seen.add(slug);
      const group = groups.get(slug);
      if (group) group.entries.push(entry);
      else groups.set(slug, { tag: { slug, name }, entries: [entry] });
    }
  }
  return [...groups.values()].sort((a, b) => b.entries.length - a.entries.length || (a.tag.slug < b.tag.slug ? -1 : 1));
}

export async function writeEditionTags(out: OutputDir, site: Site, lang: string, newest: readonly ArticleEntry[]): Promise<void> {
  const groups = groupByTag(newest);
  for (const { tag, entries } of groups) {
    for (const slice of paginate(entries, site.pageSize)) {
      const shape = { lang, tag, page: slice.page, pageCount: slice.pageCount, pageSize: site.pageSize, total: entries.length };
      await out.writeStories(apiFiles.tagPage(lang, tag.slug, slice.page), tagPageSchema, shape, slice.items, (): v.InferInput<typeof tagPageSchema> => ({
        schemaVersion: SCHEMA_VERSION,
        ...shape,
        items: [],
      }));
    }
  }
  await out.writeJson(apiFiles.tagIndex(lang), tagIndexSchema, {
    schemaVersion: SCHEMA_VERSION,
    lang,
    tags: groups.map(({ tag, entries }) => ({ ...tag, count: entries.length })),
  });
}
