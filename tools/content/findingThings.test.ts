import { mkdtemp, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { tagSlug } from '../../src/content-api/paths';
import type { SearchIndexFile, TagIndex, TagPage } from '../../src/content-api/schemas';
import { searchIndexOptions, searchQueryOptions, type SearchDocument } from '../../src/content-api/searchOptions';
import { compile } from './compile';
import { bodyText, bodyWanted, buildSearchIndex } from './searchIndex';
import type { ArticleEntry } from './articleEntry';
import { articleText, fields, makeContent } from './testContent';

const readJson = async <T>(dir: string, file: string) => JSON.parse(await readFile(path.join(dir, file), 'utf8')) as T;
const tempOut = async () => path.join(await mkdtemp(path.join(os.tmpdir(), 'dateline-find-')), 'api', 'v1');

function loadIndex(file: SearchIndexFile) {
  return MiniSearch.loadJSON<SearchDocument>(JSON.stringify(file.index), searchIndexOptions);
}

describe('tagSlug', () => {
  it.each([
    ['Sergei Lavrov', 'sergei-lavrov'],
    ['JCPOA', 'jcpoa'],
    ['Trade Policy', 'trade-policy'],
    ['Women’s Football', 'womens-football'],
    ['سیاست تجاری', 'سیاست-تجاری'],
    ['کمک‌های بشردوستانه', 'کمکهای-بشردوستانه'],
    // Arabic yeh and kaf fold into the Persian letters: the same word typed on another keyboard.
    ['كمك‌هاي بشردوستانه', 'کمکهای-بشردوستانه'],
    ['  spaced  out  ', 'spaced-out'],
  ])('%s -> %s', (tag, slug) => {
    expect(tagSlug(tag)).toBe(slug);
    expect(tagSlug(slug)).toBe(slug);
  });

  it('gives a tag of symbols alone an address too', () => {
    expect(tagSlug('!!!')).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(tagSlug('!!!')).not.toBe(tagSlug('???'));
  });
});

describe('tag pages and the search index', () => {
  const files = {
    'en/1.md': articleText(fields('1', { tags: ['Trade', 'Iran'], headline: 'Lavrov meets ministers in Orlan' })),
    'en/2.md': articleText(fields('2', { tags: ['trade'], section: 'world' }), 'Talks on tariffs went on late into the night.'),
    'en/3.md': articleText(fields('3', { tags: ['Trade'] })),
    'en/4.md': articleText(fields('4', { tags: ['Elections'], summary: 'Voters in Valdren chose a new mayor.' })),
  };

  it('writes paged tag files, newest first, merging spellings of one tag', async () => {
    const out = await tempOut();
    await compile({ contentDir: await makeContent(files), outDir: out });
    const page1 = await readJson<TagPage>(out, 'en/tags/trade/page-1.json');
    const page2 = await readJson<TagPage>(out, 'en/tags/trade/page-2.json');
    expect(page1.tag).toEqual({ slug: 'trade', name: 'Trade' });
    expect([page1.total, page1.pageCount, page1.pageSize]).toEqual([3, 2, 2]);
    expect([...page1.items, ...page2.items].map((s) => s.id)).toEqual(['3', '2', '1']);
    const index = await readJson<TagIndex>(out, 'en/tags.json');
    expect(index.tags).toEqual([
      { slug: 'trade', name: 'Trade', count: 3 },
      { slug: 'elections', name: 'Elections', count: 1 },
      { slug: 'iran', name: 'Iran', count: 1 },
    ]);
  });

  it('indexes headlines, summaries and body text, storing only what a result shows', async () => {
    const out = await tempOut();
    await compile({ contentDir: await makeContent(files), outDir: out });
    const file = await readJson<SearchIndexFile>(out, 'en/search-index.json');
    expect([file.documents, file.bodies, file.total]).toEqual([4, 4, 4]);
    const index = loadIndex(file);
    const ids = (q: string) => index.search(q, searchQueryOptions).map((r) => r.id);
    expect(ids('Lavrov')).toEqual(['1']);
    expect(ids('valdren mayor')).toEqual(['4']);
    expect(ids('tariffs')).toEqual(['2']);
    expect(ids('tarif')).toEqual(['2']);
    expect(ids('nothing-like-this')).toEqual([]);
    expect(Object.keys(Object.values(file.index.storedFields)[0]!).sort()).toEqual(['headline', 'id', 'path', 'publishedAt', 'section', 'summary']);
  });

  it('folds Persian spellings and digits when searching', async () => {
    const site = (await import('./testContent')).TEST_SITE_YAML.replace('editions:\n', 'editions:\n  - lang: fa\n    dir: rtl\n    label: فارسی\n    locale: fa-IR\n    sections:\n      - { slug: politics, title: سیاسی }\n');
    const out = await tempOut();
    const fa = articleText(fields('9', { lang: 'fa', headline: 'کمک‌های بشردوستانه به ۳ روستا رسید', tags: ['کمک'] }));
    await compile({ contentDir: await makeContent({ 'fa/9.md': fa }, site), outDir: out });
    const index = loadIndex(await readJson<SearchIndexFile>(out, 'fa/search-index.json'));
    for (const q of ['کمکهای', 'كمك‌هاي', 'روستا ۳', 'روستا 3']) expect(index.search(q, searchQueryOptions).map((r) => r.id), q).toEqual(['9']);
  });
});

describe('search index cap', () => {
  it('keeps the newest stories, and bodies for the newest of those only', () => {
    const entry = (id: string) =>
      ({ summary: { id, headline: `Story ${id}`, summary: 'Lead.', path: `/en/news/2021/01/01/${id}/s`, publishedAt: '2021-01-01T00:00:00Z', section: 'politics' } }) as ArticleEntry;
    const newest = ['5', '4', '3', '2', '1'].map(entry);
    const limits = { documents: 3, bodies: 2, bodyChars: 100 };
    const wanted = bodyWanted(newest, limits);
    expect([...wanted].map((e) => e.summary.id)).toEqual(['5', '4']);
    const bodies = new Map([...wanted].map((e) => [e, 'quokka sighting']));
    const built = buildSearchIndex(newest, bodies, limits);
    expect([built.documents, built.bodies]).toEqual([3, 2]);
    expect(built.index.search('quokka').map((r) => r.id).sort()).toEqual(['4', '5']);
    expect(built.index.search('story 1', searchQueryOptions)).toEqual([]);
    expect(built.index.search('story 3', searchQueryOptions).map((r) => r.id)).toEqual(['3']);
  });
});

describe('bodyText', () => {
  it('reads every kind of block and stops at the cap', () => {
    const text = bodyText(
      [
        { type: 'paragraph', content: [{ text: 'One ' }, { text: 'two', em: true }] },
        { type: 'list', ordered: false, items: [[{ text: 'three' }], [{ text: 'four' }]] },
        { type: 'image', image: { src: '/a.svg', alt: '', caption: 'five', width: 1, height: 1 } },
      ],
      100,
    );
    expect(text).toBe('One two three four five');
    expect(bodyText([{ type: 'paragraph', content: [{ text: 'x'.repeat(500) }] }], 100)).toHaveLength(100);
  });
});
