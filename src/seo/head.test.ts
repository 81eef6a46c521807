import { describe, expect, it } from 'vitest';
import { renderHead, type PageHead } from './head';
import { articleHead } from './pageHeads';
import { article, edition, origin, site } from './testFixtures';

const hostile = '</script><script>alert("x")</script> & \'quotes\'';

describe('renderHead', () => {
  const head: PageHead = articleHead({ site, edition, origin }, { ...article, headline: hostile, summary: hostile });
  const html = renderHead(head);

  it('escapes every text and attribute value', () => {
    expect(html).not.toContain('<script>alert');
    expect(html).toContain('&lt;/script&gt;&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quotes&#39;');
  });

  it('keeps JSON-LD inside its script element, with < written as \\u003c', () => {
    const scripts = html.match(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g) ?? [];
    expect(scripts).toHaveLength(2);
    const body = scripts[0]!.replace(/^<script[^>]*>/, '').replace(/<\/script>$/, '');
    expect(body).toContain('\\u003c/script\\u003e');
    expect((JSON.parse(body) as { headline: string }).headline).toBe(hostile);
  });

  it('puts the title first and the canonical link before the previews', () => {
    expect(html.startsWith('<title>')).toBe(true);
    expect(html.indexOf('rel="canonical"')).toBeLessThan(html.indexOf('og:title'));
  });

  it('writes robots only for pages that ask for it', () => {
    expect(html).not.toContain('name="robots"');
    expect(renderHead({ ...head, robots: 'noindex', canonical: null })).toContain('<meta name="robots" content="noindex">');
  });
});
