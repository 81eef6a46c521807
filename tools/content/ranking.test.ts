import { describe, expect, it } from 'vitest';
import type { ArticleEntry } from './articleEntry';
import { Ranked } from './ranked';
import { compareNewest, editorsPicks, mostVisited, paginate } from './ranking';

function entry(id: string, publishedAt: string, views = 0, picks: ArticleEntry['picks'] = {}, lang = 'en', section = 'politics'): ArticleEntry {
  const summary = { id, slug: `s-${id}`, lang: 'en', section: 'politics', headline: id, summary: '', publishedAt, image: null, path: `/en/${id}`, sample: false };
  return {
    file: `${id}.md`,
    id,
    lang,
    section,
    slug: `s-${id}`,
    summary,
    summaryJson: JSON.stringify(summary),
    views,
    picks,
    tags: [],
    related: [],
    publishedMs: Date.parse(publishedAt),
    lines: { id: 1, slug: 1, lang: 1, section: 1, related: [] },
  };
}

const ids = (entries: ArticleEntry[]) => entries.map((e) => e.id);

describe('ranking', () => {
  it('orders newest first, breaking ties by the larger id', () => {
    const list = [entry('9', '2021-01-01T00:00:00Z'), entry('10', '2021-01-01T00:00:00Z'), entry('1', '2021-02-01T00:00:00Z')];
    expect(ids(list.sort(compareNewest))).toEqual(['1', '10', '9']);
  });

  it('ranks most visited by views, ties going to the newer story', () => {
    const list = [
      entry('1', '2021-01-01T00:00:00Z', 100),
      entry('2', '2021-01-02T00:00:00Z', 500),
      entry('3', '2021-01-03T00:00:00Z', 100),
      entry('4', '2021-01-04T00:00:00Z', 50),
    ];
    expect(ids(mostVisited(list, 3))).toEqual(['2', '3', '1']);
  });

  it('lists editors picks by rank, then fills with the newest unpicked stories', () => {
    const newest = [
      entry('5', '2021-01-05T00:00:00Z'),
      entry('4', '2021-01-04T00:00:00Z', 0, { section: 2 }),
      entry('3', '2021-01-03T00:00:00Z'),
      entry('2', '2021-01-02T00:00:00Z', 0, { section: 1, site: 1 }),
      entry('1', '2021-01-01T00:00:00Z', 0, { section: 2 }),
    ];
    expect(ids(editorsPicks(newest, 'section', 4))).toEqual(['2', '4', '1', '5']);
    expect(ids(editorsPicks(newest, 'site', 3))).toEqual(['2', '5', '4']);
    expect(ids(editorsPicks(newest, 'section', 2))).toEqual(['2', '4']);
  });

  it('paginates with a last partial page, and gives an empty list one page', () => {
    const list = Array.from({ length: 23 }, (_, i) => entry(String(i + 1), '2021-01-01T00:00:00Z'));
    const pages = paginate(list, 10);
    expect(pages.map((p) => [p.page, p.pageCount, p.items.length])).toEqual([
      [1, 3, 10],
      [2, 3, 10],
      [3, 3, 3],
    ]);
    expect(paginate(list.slice(0, 20), 10)).toHaveLength(2);
    expect(paginate([], 10)).toEqual([{ page: 1, pageCount: 1, items: [] }]);
  });

  it('Ranked gives the same orders section by section as sorted all at once, and the n-th newest date without sorting', () => {
    const days = ['01', '02', '02', '03', '03', '03', '04', '05'];
    const all = Array.from({ length: 40 }, (_, i) =>
      entry(String(100 + ((i * 7) % 40)), `2021-03-${days[i % days.length]}T10:00:00Z`, 0, {}, i % 3 ? 'en' : 'fa', i % 2 ? 'world' : 'politics'),
    );
    const lazy = new Ranked(all, false);
    const eager = new Ranked(all, true);
    for (const lang of ['en', 'fa']) {
      for (const section of ['politics', 'world', 'none']) expect(lazy.section(lang, section)).toEqual(eager.section(lang, section));
      for (const n of [1, 2, 5, 13, 14, 30]) expect(new Ranked(all, false).nthNewestMs(lang, n), `${lang} ${n}`).toBe(eager.edition(lang)[n - 1]?.publishedMs);
    }
    expect(ids([...eager.section('en', 'world')])).toEqual(ids(all.filter((e) => e.lang === 'en' && e.section === 'world').sort(compareNewest)));
    expect(lazy.edition('en')).toEqual(eager.edition('en'));
  });
});
