import { describe, expect, it } from 'vitest';
import type { Edition } from '../../content-api';
import { isPastLastPage, missingPageMeansNotFound, sectionPageNumber } from './sectionAddress';

const edition: Edition = {
  lang: 'en',
  dir: 'ltr',
  label: 'English',
  locale: 'en-GB',
  sections: [{ slug: 'politics', title: 'Politics' }],
};

describe('sectionPageNumber', () => {
  it('reads the page of a known section, page 1 by default', () => {
    expect(sectionPageNumber(edition, 'politics', null)).toBe(1);
    expect(sectionPageNumber(edition, 'politics', '3')).toBe(3);
  });

  it.each(['0', '-1', '2.5', 'abc', '', '01'])('has no page %j', (raw) => {
    expect(sectionPageNumber(edition, 'politics', raw)).toBeNull();
  });

  it('has no unknown section', () => {
    expect(sectionPageNumber(edition, 'no-such-section', null)).toBeNull();
  });

  it('checks only the page when the edition is not known', () => {
    expect(sectionPageNumber(undefined, 'anything', '2')).toBe(2);
  });
});

describe('isPastLastPage', () => {
  it('is true only beyond the page count', () => {
    expect(isPastLastPage(4, 4)).toBe(false);
    expect(isPastLastPage(5, 4)).toBe(true);
  });
});

describe('missingPageMeansNotFound', () => {
  it('treats a missing first page of a listed section as a failure, not an absence', () => {
    expect(missingPageMeansNotFound(1, true)).toBe(false);
  });

  it('treats a missing later page, or any page of an unverified section, as not found', () => {
    expect(missingPageMeansNotFound(9, true)).toBe(true);
    expect(missingPageMeansNotFound(1, false)).toBe(true);
  });
});
