import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
  articleSchema,
  homeSchema,
  sectionPageSchema,
  siteSchema,
  storyListSchema,
  searchIndexSchema,
  tagIndexSchema,
  tagPageSchema,
  type Article,
  type Home,
  type SectionPage,
  type StoryList,
} from '../../src/content-api/schemas';
import { compile } from './compile';
import { ContentError } from './errors';
import { articleText, corpus, fields, makeContent } from './testContent';

const tempOut = async () => path.join(await mkdtemp(path.join(os.tmpdir(), 'dateline-out-')), 'api', 'v1');
const readJson = async <T>(dir: string, file: string) => JSON.parse(await readFile(path.join(dir, file), 'utf8')) as T;

async function allFiles(dir: string): Promise<Map<string, string>> {
  const names = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((d) => d.isFile());
  const files = new Map<string, string>();
  for (const d of names) {
    const full = path.join(d.parentPath, d.name);
    files.set(path.relative(dir, full), await readFile(full, 'utf8'));
  }
  return new Map([...files].sort(([a], [b]) => (a < b ? -1 : 1)));
}

function schemaFor(file: string): v.GenericSchema {
  if (file === 'site.json') return siteSchema;
  if (file.endsWith('home.json')) return homeSchema;
  if (file.includes('/articles/')) return articleSchema;
  if (file.includes('/tags/')) return tagPageSchema;
  if (file.endsWith('/tags.json')) return tagIndexSchema;
  if (file.endsWith('/search-index.json')) return searchIndexSchema;
  if (/\/page-\d+\.json$/.test(file)) return sectionPageSchema;
  return storyListSchema;
}

describe('compile', () => {
  it('compiles a valid corpus into files that all match their schemas', async () => {
    const out = await tempOut();
    const result = await compile({ contentDir: await makeContent(corpus(7)), outDir: out });
    const files = await allFiles(out);
    expect(result).toMatchObject({ articles: 7, files: files.size });
    for (const [file, text] of files) {
      expect(() => v.parse(schemaFor(file), JSON.parse(text)), file).not.toThrow();
    }
    expect([...files.keys()]).toContain('en/sections/empty/page-1.json');
  });

  it('writes byte-identical output for the same input, in this thread or in worker threads', async () => {
    const content = await makeContent(corpus(9));
    const [a, b] = [await tempOut(), await tempOut()];
    await compile({ contentDir: content, outDir: a });
    await compile({ contentDir: content, outDir: b, workers: 2 });
    expect(await allFiles(b)).toEqual(await allFiles(a));
  });

  it('paginates sections newest first and gives an empty section one empty page', async () => {
    const out = await tempOut();
    await compile({ contentDir: await makeContent(corpus(7)), outDir: out });
    const pages = await Promise.all([1, 2].map((n) => readJson<SectionPage>(out, `en/sections/politics/page-${n}.json`)));
    expect(pages.map((p) => [p.page, p.pageCount, p.pageSize, p.total, p.items.map((i) => i.id)])).toEqual([
      [1, 2, 2, 4, ['7', '5']],
      [2, 2, 2, 4, ['3', '1']],
    ]);
    expect(await readJson<SectionPage>(out, 'en/sections/empty/page-1.json')).toMatchObject({ page: 1, pageCount: 1, total: 0, items: [] });
  });

  it('builds home, sidebars and related lists by their rules', async () => {
    const files = corpus(6);
    files['en/4.md'] = articleText(fields('4', { section: 'politics', views: 1, editorsPick: { section: 1, site: 2 } }));
    files['en/3.md'] = articleText(fields('3', { views: 1000, editorsPick: { site: 1 }, tags: ['Rare'] }));
    files['en/1.md'] = articleText(fields('1', { tags: ['Rare'], related: ['6', '2'] }));
    const out = await tempOut();
    await compile({ contentDir: await makeContent(files), outDir: out });
    const home = await readJson<Home>(out, 'en/home.json');
    expect(home.lead.map((s) => s.id)).toEqual(['6', '5', '4']);
    expect(home.sections.map((s) => [s.section.slug, s.items.map((i) => i.id)])).toEqual([
      ['politics', ['5', '4', '3', '1']],
      ['world', ['6', '2']],
      ['empty', []],
    ]);
    const list = async (file: string) => (await readJson<StoryList>(out, file)).items.map((i) => i.id);
    expect(await list('en/sections/politics/most-visited.json')).toEqual(['3', '5', '1']);
    expect(await list('en/sections/politics/top.json')).toEqual(['4', '5', '3']);
    expect(await list('en/top-stories.json')).toEqual(['3', '4', '6']);
    const related = async (id: string) => (await readJson<Article>(out, `en/articles/${id}.json`)).related.map((r) => r.id);
    expect(await related('1')).toEqual(['6', '2']);
    expect(await related('3')).toEqual(['1', '5', '4']);
  });

  it('leaves the previous output intact and no temp dir when content is bad', async () => {
    const content = await makeContent(corpus(3));
    const out = await tempOut();
    await compile({ contentDir: content, outDir: out });
    const before = await allFiles(out);
    const bad = await makeContent({ ...corpus(3), 'en/9.md': articleText(fields('9', { views: -1 })) });
    await expect(compile({ contentDir: bad, outDir: out })).rejects.toThrow(ContentError);
    expect(await allFiles(out)).toEqual(before);
    expect(await readdir(path.dirname(out))).toEqual(['v1']);
  });

  it('compiles the seed article as the model page shows it', async () => {
    const out = await tempOut();
    await compile({ contentDir: 'content', outDir: out });
    const seed = await readJson<Article>(out, 'en/articles/2484159.json');
    expect(seed.summary).toMatch(/^Iranian President Hassan Rouhani called/);
    expect(seed.dateline).toBe('TEHRAN (Tasnim)');
    expect(seed.section).toBe('politics');
    expect(seed.path).toBe('/en/news/2021/04/13/2484159/president-urges-expansion-of-iran-russia-military-ties');
    expect(seed.body).toHaveLength(10);
    expect(seed.body.every((b) => b.type === 'paragraph')).toBe(true);
    const last = seed.body[9]!;
    expect(last.type === 'paragraph' && last.content[0]!.text).toMatch(/^The senior Russian diplomat held talks/);
    const mostVisited = await readJson<StoryList>(out, 'en/sections/politics/most-visited.json');
    expect(mostVisited.items.map((i) => i.id)).toContain('2484159');
    expect((await readJson<StoryList>(out, 'en/top-stories.json')).items[0]!.id).toBe('2484159');
  });
});
