import { describe, expect, it } from 'vitest';
import { canonicalRedirect } from './canonical';

const canonical = '/en/news/2021/04/13/2484159/president-urges-expansion-of-iran-russia-military-ties';

describe('canonicalRedirect', () => {
  it('leaves the canonical address alone', () => {
    expect(canonicalRedirect(canonical, canonical)).toBeNull();
  });

  it.each([
    ['a wrong slug', '/en/news/2021/04/13/2484159/some-old-slug'],
    ['no slug', '/en/news/2021/04/13/2484159'],
    ['a wrong date', '/en/news/1999/01/01/2484159/president-urges-expansion-of-iran-russia-military-ties'],
    ['a trailing slash', `${canonical}/`],
  ])('sends %s to the canonical address', (_, requested) => {
    expect(canonicalRedirect(requested, canonical)).toBe(canonical);
  });

  it('compares a percent-encoded request with the decoded path content uses', () => {
    const persian = '/fa/news/2021/04/13/7/سفر-رئیس-جمهور';
    expect(canonicalRedirect(encodeURI(persian), persian)).toBeNull();
  });

  it('redirects a malformed escape instead of throwing', () => {
    expect(canonicalRedirect('/en/news/2021/04/13/2484159/%E0%A4%A', canonical)).toBe(canonical);
  });
});
