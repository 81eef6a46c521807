/**
 * Reads the built content API (dist/api/v1) back, validated with the app's
 * own schemas: the prerenderer and the discovery files are generated from
 * exactly what readers will fetch, not from a second view of content/.
 */
import { readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import * as v from 'valibot';
import { apiFiles } from '../../src/content-api/paths';
import {
  articleSchema,
  sectionPageSchema,
  siteSchema,
  tagIndexSchema,
  tagPageSchema,
  type Article,
  type Edition,
  type SectionPage,
  type Site,
  type TagPage,
} from '../../src/content-api/schemas';

export const DEFAULT_API_DIR = 'dist/api/v1';

export interface EditionSnapshot {
  edition: Edition;
  /**
   * Newest first, each with an empty `body` and `related`: heads, sitemaps
   * and feeds need neither, the render workers read each article's file
   * themselves, and 100,000 bodies held here would cost about 250 MB.
   */
  articles: Article[];
  /** Every page of every section, in site.json order, page 1 first. */
  sectionPages: SectionPage[];
  /** Every page of every tag, in tags.json order (most used first), page 1 first. */
  tagPages: TagPage[];
}

export interface ApiSnapshot {
  apiDir: string;
  site: Site;
  editions: EditionSnapshot[];
}

export async function readApiFile<S extends v.GenericSchema>(apiDir: string, file: string, schema: S): Promise<v.InferOutput<S>> {
  const full = path.join(apiDir, file);
  let json: unknown;
  try {
    // Synchronously: at 100,000 articles the async reads' round trips cost 36 s where these take 14 s.
    json = JSON.parse(readFileSync(full, 'utf8'));
  } catch (error) {
    throw new Error(`${full}: cannot read the built API (run the content build first): ${String(error)}`);
  }
  const result = v.safeParse(schema, json);
  if (!result.success) throw new Error(`${full}: ${v.getDotPath(result.issues[0]) ?? '(root)'}: ${result.issues[0].message}`);
  return result.output;
}

/** Newest first; the id breaks ties so every build orders the same way. */
export function byNewest(a: { publishedAt: string; id: string }, b: { publishedAt: string; id: string }): number {
  return b.publishedAt.localeCompare(a.publishedAt) || b.id.localeCompare(a.id, 'en', { numeric: true });
}

async function readArticles(apiDir: string, lang: string): Promise<Article[]> {
  const dir = path.dirname(path.join(apiDir, apiFiles.article(lang, '0')));
  // The compiler writes no articles/ folder for an edition without articles (a generated corpus has only English).
  const all = await readdir(dir).catch((error: NodeJS.ErrnoException) => (error.code === 'ENOENT' ? [] : Promise.reject(error)));
  const names = all.filter((n) => n.endsWith('.json'));
  const articles: Article[] = [];
  for (const n of names) {
    // Validated whole (the pages are rendered from these files), then kept without what no caller here reads.
    const article = await readApiFile(apiDir, apiFiles.article(lang, n.slice(0, -5)), articleSchema);
    articles.push({ ...article, body: [], related: [] });
  }
  return articles.sort(byNewest);
}

/** Pages 1..pageCount of one listing, page 1 telling how many there are. */
async function readAllPages<S extends v.GenericSchema<unknown, { pageCount: number }>>(
  apiDir: string,
  fileOf: (page: number) => string,
  schema: S,
): Promise<v.InferOutput<S>[]> {
  const first = await readApiFile(apiDir, fileOf(1), schema);
  const pages = [first];
  for (let n = 2; n <= first.pageCount; n++) pages.push(await readApiFile(apiDir, fileOf(n), schema));
  return pages;
}

async function readSectionPages(apiDir: string, edition: Edition): Promise<SectionPage[]> {
  const pages: SectionPage[] = [];
  for (const section of edition.sections) {
    pages.push(...(await readAllPages(apiDir, (n) => apiFiles.sectionPage(edition.lang, section.slug, n), sectionPageSchema)));
  }
  return pages;
}

async function readTagPages(apiDir: string, lang: string): Promise<TagPage[]> {
  const { tags } = await readApiFile(apiDir, apiFiles.tagIndex(lang), tagIndexSchema);
  const pages: TagPage[] = [];
  for (const tag of tags) pages.push(...(await readAllPages(apiDir, (n) => apiFiles.tagPage(lang, tag.slug, n), tagPageSchema)));
  return pages;
}

export async function readApiSnapshot(apiDir: string = DEFAULT_API_DIR): Promise<ApiSnapshot> {
  const site = await readApiFile(apiDir, apiFiles.site(), siteSchema);
  const editions = await Promise.all(
    site.editions.map(async (edition) => ({
      edition,
      articles: await readArticles(apiDir, edition.lang),
      sectionPages: await readSectionPages(apiDir, edition),
      tagPages: await readTagPages(apiDir, edition.lang),
    })),
  );
  return { apiDir, site, editions };
}
