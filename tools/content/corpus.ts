/**
 * Finds the article files and checks what no single file can check on its own.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { Site } from '../../src/content-api/schemas';
import type { ArticleEntry } from './articleEntry';
import type { IssueSink } from './errors';

/** Every .md file below `dir`, appended to `files` in no particular order. */
export function collectMarkdown(dir: string, files: string[]): void {
  // One readdir per folder: Node's recursive readdir joins and re-checks every path in JS (~1 s at 100,000 files).
  for (const item of readdirSync(dir, { withFileTypes: true })) {
    const full = `${dir}${path.sep}${item.name}`;
    if (item.isDirectory()) collectMarkdown(full, files);
    else if (item.name.endsWith('.md')) files.push(full);
  }
}

/** The edition folder a file sits in (articles/<lang>/...), if any; its front matter must agree. */
export function dirLangOf(articlesDir: string, file: string): string | null {
  // A string prefix test, not path.relative: this runs for every file on every build.
  const prefix = articlesDir + path.sep;
  const rest = file.startsWith(prefix) ? file.slice(prefix.length) : path.relative(articlesDir, file);
  const end = rest.indexOf(path.sep);
  const first = end === -1 ? rest : rest.slice(0, end);
  return /^[a-z]{2,3}$/.test(first) ? first : null;
}

/** Checks across files; `entries` is in file order, so "first" wins deterministically. */
export function checkCorpus(site: Site, entries: readonly ArticleEntry[], sink: IssueSink): void {
  const editions = new Map(site.editions.map((e) => [e.lang, new Set(e.sections.map((s) => s.slug))]));
  const ids = new Map<string, ArticleEntry>();
  // Slugs per edition: no "lang/slug" key string to build and hash per story.
  const slugs = new Map<string, Map<string, ArticleEntry>>();
  for (const entry of entries) {
    const { id, lang, slug, section } = entry;
    const sections = editions.get(lang);
    if (!sections) {
      sink.add(entry.file, entry.lines.lang, 'lang', `unknown edition "${lang}"; site.yaml lists ${[...editions.keys()].join(', ')}`);
    } else if (!sections.has(section)) {
      sink.add(entry.file, entry.lines.section, 'section', `unknown section "${section}" in edition "${lang}"; site.yaml lists ${[...sections].join(', ')}`);
    }
    const sameId = ids.get(id);
    if (sameId) sink.add(entry.file, entry.lines.id, 'id', `duplicate id "${id}", already used by ${sameId.file}`);
    else ids.set(id, entry);
    let inEdition = slugs.get(lang);
    if (!inEdition) slugs.set(lang, (inEdition = new Map()));
    const sameSlug = inEdition.get(slug);
    if (sameSlug) sink.add(entry.file, entry.lines.slug, 'slug', `duplicate slug "${slug}" in edition "${lang}", already used by ${sameSlug.file}`);
    else inEdition.set(slug, entry);
  }
  for (const entry of entries) {
    if (entry.related.length === 0) continue;
    entry.related.forEach((id, i) => {
      const line = entry.lines.related[i] ?? entry.lines.id;
      if (id === entry.id) sink.add(entry.file, line, `related[${i}]`, 'an article cannot be related to itself');
      else if (!ids.has(id)) sink.add(entry.file, line, `related[${i}]`, `no article has id "${id}"`);
    });
  }
}
