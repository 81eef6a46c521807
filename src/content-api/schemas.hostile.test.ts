import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { imageSrcSchema, safeHrefSchema, sitePathSchema, summarySchema, TEXT_LIMITS } from './schemas';

describe('link targets', () => {
  it.each(['https://example.org/a?b=c#d', 'http://example.org', 'mailto:desk@example.org', '/en/section/politics', '/'])(
    'accepts %s',
    (href) => expect(v.is(safeHrefSchema, href)).toBe(true),
  );

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    '//evil.example',
    '/\\evil.example',
    '/\t/evil.example',
    'https://ok.example/\nx',
    'relative/path',
    '',
  ])('refuses %j', (href) => expect(v.is(safeHrefSchema, href)).toBe(false));

  it('keeps site paths and image sources on this site or the web', () => {
    expect(v.is(sitePathSchema, '/en/news/1')).toBe(true);
    expect(v.is(sitePathSchema, '//evil.example/en')).toBe(false);
    expect(v.is(sitePathSchema, 'https://evil.example/en')).toBe(false);
    expect(v.is(imageSrcSchema, '/media/a.jpg')).toBe(true);
    expect(v.is(imageSrcSchema, 'javascript:alert(1)')).toBe(false);
    expect(v.is(imageSrcSchema, 'data:image/svg+xml,<svg onload=alert(1)>')).toBe(false);
  });
});

describe('text sizes', () => {
  const summary = {
    id: '1',
    slug: 's',
    lang: 'en',
    section: 'politics',
    headline: 'H',
    summary: '',
    publishedAt: '2021-04-13T10:00:00Z',
    image: null,
    path: '/en/news/2021/04/13/1/s',
    sample: false,
  };

  it('refuses a headline longer than the compiler allows', () => {
    expect(v.is(summarySchema, summary)).toBe(true);
    expect(v.is(summarySchema, { ...summary, headline: 'H'.repeat(TEXT_LIMITS.headline) })).toBe(true);
    expect(v.is(summarySchema, { ...summary, headline: 'H'.repeat(1024 * 1024) })).toBe(false);
  });
});
