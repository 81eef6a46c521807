import { describe, expect, it } from 'vitest';
import { DEFAULT_WINDOW, prerenderWindow } from './window';

describe('prerenderWindow', () => {
  it('is the default window without settings', () => {
    expect(prerenderWindow({})).toEqual(DEFAULT_WINDOW);
    expect(prerenderWindow({ DATELINE_PRERENDER_ARTICLES: '' })).toEqual(DEFAULT_WINDOW);
  });

  it('reads counts from the environment, "all" for every page and 0 for none', () => {
    expect(prerenderWindow({ DATELINE_PRERENDER_ARTICLES: '150', DATELINE_PRERENDER_LISTING_PAGES: '0' })).toEqual({ articles: 150, listingPages: 0 });
    expect(prerenderWindow({ DATELINE_PRERENDER_ARTICLES: 'all', DATELINE_PRERENDER_LISTING_PAGES: 'all' })).toEqual({ articles: Infinity, listingPages: Infinity });
  });

  it('refuses what is not a count, naming the setting', () => {
    for (const bad of ['-1', '2.5', 'many', '1e3x']) {
      expect(() => prerenderWindow({ DATELINE_PRERENDER_LISTING_PAGES: bad })).toThrow(`DATELINE_PRERENDER_LISTING_PAGES must be a whole number of 0 or more, or "all"; got "${bad}"`);
    }
  });
});
