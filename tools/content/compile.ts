/**
 * The content compiler: content/ (site.yaml + Markdown articles) in, the
 * static JSON API out. All or nothing: on any content error it reports every
 * problem and leaves the previous output untouched.
 */
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { apiFiles } from '../../src/content-api/paths';
import { siteSchema } from '../../src/content-api/schemas';
import type { ArticleEntry } from './articleEntry';
import { checkBodies, writeArticles } from './articles';
import { checkCorpus, listArticleFiles, readEntries } from './corpus';
import { ContentError, IssueSink } from './errors';
import { writeEditionListings } from './listings';
import { OutputDir } from './outputDir';
import { compareNewest } from './ranking';
import { RelatedIndex } from './related';
import { bodyText, bodyWanted, writeSearchIndex } from './searchIndex';
import { readSiteConfig } from './siteConfig';
import { writeEditionTags } from './tags';

export const DEFAULT_CONTENT_DIR = 'content';
export const DEFAULT_OUT_DIR = 'public/api/v1';

export interface CompileOptions {
  contentDir?: string;
  outDir?: string;
  /** Files read or written at once; I/O overlaps while parsing stays on one thread. */
  concurrency?: number;
}

export interface CompileResult {
  articles: number;
  files: number;
  ms: number;
  outDir: string;
}

/** Compiles or throws ContentError listing every problem found. */
export async function compile(options: CompileOptions = {}): Promise<CompileResult> {
  const started = performance.now();
  const contentDir = options.contentDir ?? DEFAULT_CONTENT_DIR;
  const outDir = options.outDir ?? DEFAULT_OUT_DIR;
  const concurrency = options.concurrency ?? 32;
  const sink = new IssueSink();

  const site = await readSiteConfig(path.join(contentDir, 'site.yaml'), sink);
  const articlesDir = path.join(contentDir, 'articles');
  const { entries, rejected } = await readEntries(articlesDir, await listArticleFiles(articlesDir), concurrency, sink);
  if (site) checkCorpus(site, entries, sink);

  const newest = [...entries].sort(compareNewest);
  const bySection = new Map<string, ArticleEntry[]>();
  for (const entry of newest) {
    const key = `${entry.summary.lang}/${entry.summary.section}`;
    const list = bySection.get(key);
    if (list) list.push(entry);
    else bySection.set(key, [entry]);
  }
  const sectionNewest = (e: ArticleEntry) => bySection.get(`${e.summary.lang}/${e.summary.section}`) ?? [];

  const out = new OutputDir(outDir);
  await out.open();
  try {
    await checkBodies(rejected, concurrency, sink);
    // Only the newest bodies of each edition are kept, as capped text for the search index.
    const byLang = new Map<string, ArticleEntry[]>();
    for (const entry of newest) {
      const list = byLang.get(entry.summary.lang);
      if (list) list.push(entry);
      else byLang.set(entry.summary.lang, [entry]);
    }
    const wanted = new Set([...byLang.values()].flatMap((list) => [...bodyWanted(list)]));
    const bodies = new Map<ArticleEntry, string>();
    await writeArticles(out, entries, new RelatedIndex(entries, sectionNewest), concurrency, sink, (entry, body) => {
      if (wanted.has(entry)) bodies.set(entry, bodyText(body));
    });
    if (!site || !sink.ok) throw new ContentError(sink.issues);
    await out.writeJson(apiFiles.site(), siteSchema, site);
    for (const edition of site.editions) {
      const sections = new Map(edition.sections.map((s) => [s.slug, bySection.get(`${edition.lang}/${s.slug}`) ?? []]));
      const editionNewest = byLang.get(edition.lang) ?? [];
      await writeEditionListings(out, site, edition, { newest: editionNewest, sections });
      await writeEditionTags(out, site, edition.lang, editionNewest);
      await writeSearchIndex(out, edition.lang, editionNewest, bodies);
    }
    await out.commit();
  } catch (error) {
    await out.discard();
    throw error;
  }
  return { articles: entries.length, files: out.files, ms: Math.round(performance.now() - started), outDir };
}
