import { link, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compile } from './compile';
import { ContentError } from './errors';
import { articleText, corpus, fields, makeContent, readTree } from './testContent';

const temp = (prefix: string) => mkdtemp(path.join(os.tmpdir(), prefix));

/** A content dir built once, with its own output and cache dirs. */
async function built(files: Record<string, string>) {
  const content = await makeContent(files);
  const outDir = path.join(await temp('dateline-inc-out-'), 'v1');
  const cacheDir = await temp('dateline-inc-cache-');
  const build = () => compile({ contentDir: content, outDir, cacheDir });
  const first = await build();
  const edit = (name: string, text: string) => writeFile(path.join(content, 'articles', name), text);
  const remove = (name: string) => rm(path.join(content, 'articles', name));
  return { content, outDir, cacheDir, first, build, edit, remove };
}

/** What a build without any cache makes of the same content: the incremental output must equal it. */
async function fresh(content: string): Promise<Map<string, string>> {
  const outDir = path.join(await temp('dateline-inc-fresh-'), 'v1');
  await compile({ contentDir: content, outDir, cacheDir: false });
  return readTree(outDir);
}

const mtimes = async (dir: string) =>
  new Map(await Promise.all([...(await readTree(dir)).keys()].map(async (f) => [f, (await stat(path.join(dir, f))).mtimeMs] as const)));

function changedFiles(before: Map<string, string>, after: Map<string, string>): string[] {
  const names = new Set([...before.keys(), ...after.keys()]);
  return [...names].filter((n) => before.get(n) !== after.get(n)).sort();
}

describe('incremental builds', () => {
  it('a build with nothing changed rewrites nothing', async () => {
    const site = await built(corpus(12));
    expect(site.first.incremental).toBe(false);
    const before = await mtimes(site.outDir);
    const again = await site.build();
    expect(again).toMatchObject({ incremental: true, written: 0, files: site.first.files });
    expect(await mtimes(site.outDir)).toEqual(before);
  });

  it('an update replaces the files it rewrites, so a dist/ linked to the last output keeps it', async () => {
    const site = await built(corpus(12));
    const linked = await temp('dateline-inc-dist-');
    const files = ['en/articles/5.json', 'en/search-index.json'];
    const before = await Promise.all(files.map((f) => readFile(path.join(site.outDir, f), 'utf8')));
    await Promise.all(files.map((f, i) => link(path.join(site.outDir, f), path.join(linked, String(i)))));
    await site.edit('en/5.md', articleText(fields('5', { section: 'politics' }), 'A changed paragraph.'));
    await site.build();
    for (const [i, f] of files.entries()) {
      expect(await readFile(path.join(linked, String(i)), 'utf8')).toBe(before[i]);
      expect(await readFile(path.join(site.outDir, f), 'utf8')).not.toBe(before[i]);
    }
  });

  it('a body edit rewrites only that article file', async () => {
    const site = await built(corpus(12));
    const before = await readTree(site.outDir);
    const times = await mtimes(site.outDir);
    await site.edit('en/5.md', articleText(fields('5', { section: 'politics' }), 'A changed paragraph.'));
    const result = await site.build();
    const after = await readTree(site.outDir);
    // The story is among the newest, whose body text the search index holds.
    const expected = ['en/articles/5.json', 'en/search-index.json'];
    expect(changedFiles(before, after)).toEqual(expected);
    expect(result.written).toBe(2);
    const touched = [...(await mtimes(site.outDir))].filter(([f, t]) => times.get(f) !== t).map(([f]) => f);
    expect(touched.sort()).toEqual(expected);
    expect(after).toEqual(await fresh(site.content));
  });

  it('a headline edit rewrites the files that show it, and they equal a full build', async () => {
    const site = await built(corpus(12));
    const before = await readTree(site.outDir);
    await site.edit('en/11.md', articleText(fields('11', { section: 'politics', headline: 'A new headline' })));
    const result = await site.build();
    const after = await readTree(site.outDir);
    expect(after).toEqual(await fresh(site.content));
    const changed = changedFiles(before, after);
    expect(changed).toContain('en/articles/11.json');
    expect(changed).toContain('en/home.json');
    expect(changed.every((f) => f.includes('11') || [...after.get(f)!.matchAll(/A new headline/g)].length > 0 || !after.has(f))).toBe(true);
    expect(changed).not.toContain('en/articles/2.json');
    expect(result.written).toBe(changed.length);
    expect(changed.length).toBeLessThan(after.size / 2);
  });

  it('added and removed articles appear and disappear, equal to a full build', async () => {
    const site = await built(corpus(12));
    await site.remove('en/3.md');
    await site.edit('en/20.md', articleText(fields('20', { section: 'world' })));
    const result = await site.build();
    const after = await readTree(site.outDir);
    expect(result).toMatchObject({ incremental: true, articles: 12 });
    expect(after.has('en/articles/3.json')).toBe(false);
    expect(after.has('en/articles/20.json')).toBe(true);
    expect(after).toEqual(await fresh(site.content));
  });

  it('bad content leaves the output untouched and the next good build is still incremental', async () => {
    const site = await built(corpus(12));
    const before = await readTree(site.outDir);
    const good = await readFile(path.join(site.content, 'articles', 'en/4.md'), 'utf8');
    await site.edit('en/4.md', articleText(fields('4', { views: -1 })));
    await expect(site.build()).rejects.toThrow(ContentError);
    expect(await readTree(site.outDir)).toEqual(before);
    await site.edit('en/4.md', good.replace('Story 4', 'Story four'));
    const result = await site.build();
    expect(result.incremental).toBe(true);
    expect(await readTree(site.outDir)).toEqual(await fresh(site.content));
  });

  it("a story an author lists as related shows its new headline in the listing story's file", async () => {
    const site = await built({ ...corpus(6), 'en/9.md': articleText(fields('9', { related: ['2'] })) });
    await site.edit('en/2.md', articleText(fields('2', { section: 'world', headline: 'Two, renamed' })));
    await site.build();
    const after = await readTree(site.outDir);
    expect(after.get('en/articles/9.json')).toContain('Two, renamed');
    expect(after).toEqual(await fresh(site.content));
  });

  it('checks across files still catch what an edit breaks: a duplicate id, a related id removed', async () => {
    const site = await built({ ...corpus(6), 'en/9.md': articleText(fields('9', { related: ['2'] })) });
    const before = await readTree(site.outDir);
    await site.edit('en/4.md', articleText(fields('3')).replace('slug: story-3', 'slug: story-4'));
    await expect(site.build()).rejects.toThrow(/4\.md:\d+: id: duplicate id "3"/);
    await site.edit('en/4.md', articleText(fields('4')));
    await site.remove('en/2.md');
    await expect(site.build()).rejects.toThrow(/9\.md:\d+: related\[0\]: no article has id "2"/);
    expect(await readTree(site.outDir)).toEqual(before);
  });

  it('a views-only edit rewrites the most-visited list, not the article file', async () => {
    const site = await built(corpus(12));
    const before = await readTree(site.outDir);
    await site.edit('en/1.md', articleText(fields('1', { section: 'politics', views: 100000 })));
    const result = await site.build();
    const after = await readTree(site.outDir);
    expect(changedFiles(before, after)).toEqual(['en/sections/politics/most-visited.json']);
    expect(result.written).toBe(1);
    expect(after).toEqual(await fresh(site.content));
  });

  it('a story that changes id and section leaves no file behind, over enough edits to compact the cache', async () => {
    const site = await built(corpus(12));
    await site.edit('en/5.md', articleText(fields('55', { section: 'world', headline: 'Moved' })));
    await site.build();
    expect(await readTree(site.outDir)).toEqual(await fresh(site.content));
    // Each edit appends a summary to the cache; past half garbage it is rewritten whole.
    for (let round = 1; round <= 14; round++) {
      await site.edit('en/6.md', articleText(fields('6', { section: 'world', headline: `Edit ${round}` })));
      const result = await site.build();
      expect(result.incremental).toBe(true);
    }
    const after = await readTree(site.outDir);
    expect(after.has('en/articles/5.json')).toBe(false);
    expect(after).toEqual(await fresh(site.content));
  });

  it('a tag holding a character the cache uses as a separator leaves no cache: the next build is a full one', async () => {
    const site = await built({ ...corpus(4), 'en/9.md': articleText(fields('9', { tags: ['odd\u0001tag'] })) });
    const again = await site.build();
    expect(again.incremental).toBe(false);
    expect(await readTree(site.outDir)).toEqual(await fresh(site.content));
  });

  it('edits that keep the list of sources patch the cache, and each rebuild still equals a full build', async () => {
    const site = await built(corpus(12));
    const stringsFile = async () => path.join(site.cacheDir, (await readdir(site.cacheDir)).find((f) => f.endsWith('.strings'))!);
    const stringsTime = async () => (await stat(await stringsFile())).mtimeMs;
    const original = await stringsTime();
    const edits: [string, Record<string, unknown>, string, boolean][] = [
      ['en/5.md', { section: 'politics' }, 'A changed paragraph.', true],
      ['en/5.md', { section: 'politics', views: 7 }, 'A changed paragraph.', true],
      ['en/8.md', { section: 'world', headline: 'Eight, patched' }, 'A paragraph.', true],
      // A tag is a string column: the cache is written whole.
      ['en/8.md', { section: 'world', headline: 'Eight, patched', tags: ['Tests', 'More'] }, 'A paragraph.', false],
    ];
    for (const [name, overrides, body, patched] of edits) {
      const before = await stringsTime();
      await site.edit(name, articleText(fields(path.basename(name, '.md'), overrides), body));
      expect((await site.build()).incremental).toBe(true);
      expect(await readTree(site.outDir)).toEqual(await fresh(site.content));
      expect((await stringsTime()) === before, `${name} ${JSON.stringify(overrides)}`).toBe(patched);
    }
    expect(await stringsTime()).not.toBe(original);
  });

  it('worker threads give the same incremental result', async () => {
    const site = await built(corpus(12));
    await site.edit('en/7.md', articleText(fields('7', { section: 'world', headline: 'Seven again' })));
    const result = await compile({ contentDir: site.content, outDir: site.outDir, cacheDir: site.cacheDir, workers: 2 });
    expect(result.incremental).toBe(true);
    expect(await readTree(site.outDir)).toEqual(await fresh(site.content));
  });
});
