// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { applyHead, clearHead } from './applyHead';
import { articleHead, homeHead } from './pageHeads';
import { article, edition, origin, site } from './testFixtures';

const ctx = { site, edition, origin };

beforeEach(() => {
  document.head.innerHTML = '<meta charset="utf-8"><title>Old</title><link rel="canonical" href="https://old.example/x"><meta property="og:title" content="Old"><link rel="icon" href="/favicon.svg">';
});

describe('applyHead', () => {
  it('replaces the previous page tags and keeps the rest of the head', () => {
    applyHead(document, articleHead(ctx, article));
    const canonical = document.querySelectorAll('link[rel="canonical"]');
    expect(canonical).toHaveLength(1);
    expect(canonical[0]!.getAttribute('href')).toBe(`${origin}${article.path}`);
    expect(document.querySelector('meta[property="og:title"]')!.getAttribute('content')).toBe(article.headline);
    expect(document.querySelectorAll('meta[property="og:title"]')).toHaveLength(1);
    expect(document.querySelectorAll('script[type="application/ld+json"]')).toHaveLength(2);
    expect(document.querySelector('link[rel="icon"]')).not.toBeNull();
    expect(document.title).toBe('Old');
  });

  it('leaves nothing of an article behind on the next page', () => {
    applyHead(document, articleHead(ctx, article));
    applyHead(document, homeHead(ctx));
    expect(document.querySelector('meta[property="article:published_time"]')).toBeNull();
    expect(document.querySelector('meta[property="og:type"]')!.getAttribute('content')).toBe('website');
    clearHead(document);
    expect(document.querySelector('link[rel="canonical"]')).toBeNull();
    expect(document.querySelector('meta[property^="og:"]')).toBeNull();
  });
});
