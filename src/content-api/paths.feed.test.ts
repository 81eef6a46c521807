import { describe, expect, it } from 'vitest';
import { parseAppPath, paths } from './paths';

describe('paths.feed', () => {
  it('gives an edition feed and a section feed beside the pages they follow', () => {
    expect(paths.feed('en')).toBe('/en/feed.xml');
    expect(paths.feed('en', 'politics')).toBe('/en/section/politics/feed.xml');
    expect(paths.feed('en', 'politics').startsWith(paths.section('en', 'politics'))).toBe(true);
  });

  it('is never mistaken for an app page', () => {
    expect(parseAppPath(paths.feed('en', 'politics'))).toBeNull();
  });
});
