import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { NUMBERS } from './buildCache';
import { CachedSources, type SourceColumns } from './cachedSources';
import { SummaryStore } from './summaryStore';

const prefix = `/content${path.sep}`;

async function sources(relative: string[]): Promise<CachedSources> {
  const file = path.join(await mkdtemp(path.join(os.tmpdir(), 'dateline-cached-sources-')), 'c.summaries');
  await writeFile(file, relative.map((_, i) => JSON.stringify({ id: String(i) })).join(''));
  const column = (make: (i: number) => string) => relative.map((_, i) => make(i));
  const columns: SourceColumns = {
    files: relative,
    ids: column(String),
    langs: column(() => 'en'),
    sections: column(() => 'world'),
    slugs: column((i) => `story-${i}`),
    tags: column(() => ''),
    related: column(() => ''),
    lines: column(() => '2\u00013\u00014\u00015'),
    relatedIds: column(() => ''),
  };
  const numbers = new Float64Array(relative.length * NUMBERS);
  let offset = 0;
  relative.forEach((_, i) => {
    const length = JSON.stringify({ id: String(i) }).length;
    numbers.set([1000 + i, 10 + i, 0, 0, NaN, NaN, offset, offset + length], i * NUMBERS);
    offset += length;
  });
  return new CachedSources(prefix, columns, numbers, NUMBERS, new SummaryStore(file, offset));
}

describe('CachedSources', () => {
  it('matches a scan row by row when the same sources are there, and finds each by path', async () => {
    const cached = await sources(['articles/en/a.md', 'articles/en/b.md', 'articles/en/c.md']);
    const scan = ['a', 'b', 'c'].map((name) => `${prefix}articles/en/${name}.md`);
    expect([...cached.align(scan)]).toEqual([0, 1, 2]);
    expect(cached.get(scan[1]!)?.entry).toMatchObject({ file: scan[1], id: '1', slug: 'story-1', summary: { id: '1' } });
    expect(cached.get(`${prefix}articles/en/d.md`)).toBeUndefined();
    expect(cached.has('/elsewhere/articles/en/a.md')).toBe(false);
    expect(cached.stampAt(2)).toEqual({ mtimeMs: 1002, size: 12 });
    // Made once: later lookups answer the same object.
    expect(cached.at(1)).toBe(cached.get(scan[1]!));
  });

  it('leaves sources added since unmatched and skips removed ones', async () => {
    const cached = await sources(['articles/en/a.md', 'articles/en/c.md', 'articles/en/e.md', 'articles/fa/a.md']);
    const scan = ['en/0', 'en/a', 'en/b', 'en/e', 'en/f', 'fa/a'].map((name) => `${prefix}articles/${name}.md`);
    expect([...cached.align(scan)]).toEqual([-1, 0, -1, 2, -1, 3]);
    const stamps = new Float64Array([0, 0, 1000, 10, 0, 0, 1002, 99, 0, 0, 1003, 13]);
    expect([1, 3, 5].map((i) => cached.sameStampAt(cached.align(scan)[i]!, stamps, i))).toEqual([true, false, true]);
    expect([...cached].map(([file]) => file)).toEqual(['en/a', 'en/c', 'en/e', 'fa/a'].map((name) => `${prefix}articles/${name}.md`));
  });
});
