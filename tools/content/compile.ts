/**
 * The content compiler: content/ (site.yaml + Markdown articles) in, the
 * static JSON API out. All or nothing: on any content error it reports every
 * problem and leaves the previous output untouched.
 *
 * Large corpora are parsed by two worker threads; a cache of what the last
 * build read and wrote (buildCache.ts) lets the next one parse only changed
 * files and rewrite only files whose input changed.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { apiFiles } from '../../src/content-api/paths';
import { siteSchema } from '../../src/content-api/schemas';
import type { ArticleEntry } from './articleEntry';
import { CACHE_VERSION, cacheFile, DEFAULT_CACHE_DIR, dropCache, loadCache, saveCache } from './buildCache';
import { patchCache } from './cachePatch';
import { ChangeSet } from './changeSet';
import { checkCorpus, dirLangOf } from './corpus';
import { ContentError, IssueSink } from './errors';
import { writeEditionListings } from './listings';
import { hashText } from './outputHash';
import { OutputDir } from './outputDir';
import { Ranked } from './ranked';
import { RelatedIndex } from './related';
import { bodyText, bodyWanted, writeSearchIndex } from './searchIndex';
import { ShardPool, WORKER_THRESHOLD } from './shardPool';
import { phaseTimer } from './phases';
import { readSiteConfig } from './siteConfig';
import { scanSources, Sources } from './sourceScan';
import { writeEditionTags } from './tags';

export const DEFAULT_CONTENT_DIR = 'content';
export const DEFAULT_OUT_DIR = 'public/api/v1';

export interface CompileOptions {
  contentDir?: string;
  outDir?: string;
  /** Worker threads for parsing and article files; 0 parses in this thread. Default: 2 for large corpora. */
  workers?: number;
  /** Where the incremental build cache lives; false always builds everything. */
  cacheDir?: string | false;
}

export interface CompileResult {
  articles: number;
  /** Files the API holds. */
  files: number;
  /** Files (re)written by this run. */
  written: number;
  incremental: boolean;
  ms: number;
  outDir: string;
}

/** Compiles or throws ContentError listing every problem found. */
export async function compile(options: CompileOptions = {}): Promise<CompileResult> {
  const started = performance.now();
  const phase = phaseTimer();
  const contentDir = path.resolve(options.contentDir ?? DEFAULT_CONTENT_DIR);
  const outDir = path.resolve(options.outDir ?? DEFAULT_OUT_DIR);
  const sink = new IssueSink();

  const siteFile = path.join(contentDir, 'site.yaml');
  const site = await readSiteConfig(siteFile, sink);
  const articlesDir = path.join(contentDir, 'articles');
  // Listing and stat-ing the sources runs in a worker while this thread loads the cache.
  const scanning = scanSources(articlesDir);
  phase('site.yaml');
  const dirLang = (file: string) => dirLangOf(articlesDir, file);
  const cachePath = options.cacheDir === false ? null : cacheFile(options.cacheDir ?? DEFAULT_CACHE_DIR, outDir);
  const key = {
    version: CACHE_VERSION,
    siteHash: hashText(await readFile(siteFile, 'utf8').catch(() => '')),
    contentDir,
    outDir,
  };
  const cache = cachePath && site ? loadCache(cachePath, key) : null;
  phase('load cache');

  const sources = new Sources(await scanning);
  phase('wait for the source scan');
  const toParse = sources.changedSince(cache);
  phase(`stat sources (${toParse.length} changed)`);
  // Workers repay their start-up only when there is a lot to parse; a one-file edit stays in this thread.
  const pool = new ShardPool(options.workers ?? (toParse.length >= WORKER_THRESHOLD ? 2 : 0));
  try {
    const parsed = await pool.parse(toParse.map((file) => ({ file, dirLang: dirLang(file) })));
    const changes = new ChangeSet(cache, sources, new Map(parsed.map((r) => [r.file, r])), sink);
    const { entries } = changes;
    if (site && !changes.keysUnchanged) checkCorpus(site, entries, sink);
    if (!site || !sink.ok) throw new ContentError(sink.issues);
    phase('parse and check');

    const ranked = new Ranked(entries, !changes.listingsUnchanged);
    const related = new RelatedIndex(entries, (e) => ranked.section(e.lang, e.section));
    phase('rank');

    const out = new OutputDir(outDir, cache?.outputs ?? null, (entry) => changes.summaryChanged(entry));
    await out.open();
    // From here on files change in place; a crash must not leave a cache that no longer matches them.
    if (cachePath) dropCache(cachePath);
    let writing: Promise<unknown> | null = null;
    try {
      const plan = changes.articleJobs(related, dirLang);
      out.recordArticles(plan.kept, 0);
      phase(`plan articles (${plan.jobs.length} to write)`);
      // The workers write article files while this thread writes the listings: both wait on the disk much of the time.
      const articles = pool.write(out.dir, plan.jobs, out.updating);
      writing = articles;
      if (changes.listingsUnchanged) out.keepAll();
      else {
        await out.writeJson(apiFiles.site(), siteSchema, site);
        for (const edition of site.editions) {
          const sections = new Map(edition.sections.map((s) => [s.slug, ranked.section(edition.lang, s.slug)]));
          const editionNewest = ranked.edition(edition.lang);
          await writeEditionListings(out, site, edition, { newest: editionNewest, sections });
          await writeEditionTags(out, site, edition.lang, editionNewest);
        }
      }
      phase('listings');
      const result = await articles;
      out.recordArticles(result.produced, result.written);
      phase('article files');

      for (const { lang } of site.editions) {
        if (changes.searchUnchanged(lang, (n) => ranked.nthNewestMs(lang, n)) && out.keep(apiFiles.searchIndex(lang))) continue;
        const editionNewest = ranked.edition(lang);
        // Only the newest bodies of each edition are read back, as capped text for the search index.
        const wanted = [...bodyWanted(editionNewest)];
        const blocks = await pool.bodies(wanted.map((e) => ({ file: e.file, dirLang: dirLang(e.file) })));
        const bodies = new Map<ArticleEntry, string>();
        for (const entry of wanted) {
          const body = blocks.get(entry.file);
          if (body) bodies.set(entry, bodyText(body));
        }
        await writeSearchIndex(out, lang, editionNewest, bodies);
      }
      phase('search index');
      await out.commit(changes.goneArticles());
      phase('commit');
      if (cachePath) {
        const changed = changes.changedRecords(plan);
        if (!cache || !changed || !patchCache(cachePath, key, changed, out.hashes, cache)) saveCache(cachePath, key, changes.records(plan), out.hashes, cache);
      }
      phase('save cache');
    } catch (error) {
      // The workers may still be writing into the folder about to be removed.
      await writing?.catch(() => undefined);
      await out.discard();
      throw error;
    }
    return {
      articles: entries.length,
      files: out.files,
      written: out.written,
      incremental: out.updating,
      ms: Math.round(performance.now() - started),
      outDir,
    };
  } finally {
    await pool.close();
  }
}
