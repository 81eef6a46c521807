import { describe, expect, it } from 'vitest';
import { absoluteUrl, DEFAULT_SITE_ORIGIN, parseSiteOrigin } from './siteOrigin';

describe('parseSiteOrigin', () => {
  it('defaults to the local preview server', () => {
    expect(parseSiteOrigin(undefined)).toBe(DEFAULT_SITE_ORIGIN);
    expect(parseSiteOrigin('  ')).toBe(DEFAULT_SITE_ORIGIN);
  });

  it('normalizes an origin and drops a trailing slash', () => {
    expect(parseSiteOrigin('https://News.Example/')).toBe('https://news.example');
    expect(parseSiteOrigin('http://localhost:8080')).toBe('http://localhost:8080');
  });

  it('refuses values that would make broken addresses', () => {
    expect(() => parseSiteOrigin('news.example')).toThrow(/SITE_ORIGIN/);
    expect(() => parseSiteOrigin('ftp://news.example')).toThrow(/http or https/);
    expect(() => parseSiteOrigin('https://news.example/site')).toThrow(/without a path/);
  });
});

describe('absoluteUrl', () => {
  it('joins root-relative paths, keeping query strings, and leaves absolute ones', () => {
    expect(absoluteUrl('/en/section/politics?page=2', 'https://n.example')).toBe('https://n.example/en/section/politics?page=2');
    expect(absoluteUrl('https://cdn.example/a.jpg', 'https://n.example')).toBe('https://cdn.example/a.jpg');
  });
});
