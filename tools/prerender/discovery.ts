/**
 * Writes the files crawlers and feed readers look for into dist/: sitemaps,
 * robots.txt and Atom feeds, all from the built API and `paths`.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { paths } from '../../src/content-api/paths';
import { writeCompressedSiblings } from '../precompress/compress';
import type { ApiSnapshot } from './apiSnapshot';
import { atomFeed } from './atomFeed';
import { newsSitemap, robotsTxt, sitemapEntries, sitemapFiles } from './sitemap';

/** Site path (from `paths` or a fixed name) to file content. */
export function discoveryFiles(snapshot: ApiSnapshot, origin: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const [name, body] of sitemapFiles(sitemapEntries(snapshot, origin), origin)) files.set(`/${name}`, body);
  files.set('/news-sitemap.xml', newsSitemap(snapshot, origin));
  files.set('/robots.txt', robotsTxt(origin));
  const { site } = snapshot;
  for (const { edition, articles } of snapshot.editions) {
    files.set(paths.feed(edition.lang), atomFeed({ site, edition, articles, section: null, origin }));
    for (const section of edition.sections) {
      files.set(paths.feed(edition.lang, section.slug), atomFeed({ site, edition, articles, section: section.slug, origin }));
    }
  }
  return files;
}

/** Each with its .br and .gz: the build's precompress step has run by now (package.json's "build"). */
export async function writeSiteFiles(distDir: string, files: Map<string, string>): Promise<void> {
  for (const [sitePath, text] of files) {
    const target = path.join(distDir, ...sitePath.split('/').filter(Boolean));
    const body = Buffer.from(text);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, body);
    await writeCompressedSiblings(target, body);
  }
}
