import { describe, expect, it } from 'vitest';
import { pagedPath } from './resolve';

describe('pagedPath', () => {
  it('maps ?page=N (N > 1) on an app path to the prerendered later page', () => {
    expect(pagedPath('/en/section/politics', '/en/section/politics?page=2')).toBe('/en/section/politics/page/2/index.html');
    expect(pagedPath('/en/section/politics/', '/en/section/politics/?x=1&page=12#top')).toBe('/en/section/politics/page/12/index.html');
  });

  it('leaves page 1, odd values and files alone', () => {
    for (const url of ['/p', '/p?page=1', '/p?page=0', '/p?page=02', '/p?page=x', '/p?page=-3']) {
      expect(pagedPath('/p', url)).toBeNull();
    }
    expect(pagedPath('/en/feed.xml', '/en/feed.xml?page=2')).toBeNull();
  });
});
