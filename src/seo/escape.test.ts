import { describe, expect, it } from 'vitest';
import { escapeHtml, escapeXml, scriptJson } from './escape';

describe('escaping', () => {
  it('escapes HTML specials', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });

  it('writes script JSON that cannot close its element and still parses back', () => {
    const value = { s: '</script><!-- \u2028 & >' };
    const json = scriptJson(value);
    expect(json).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(json)).toEqual(value);
  });

  it('writes XML text without characters XML forbids', () => {
    expect(escapeXml("a\u0001b & 'c'")).toBe('ab &amp; &apos;c&apos;');
  });
});
