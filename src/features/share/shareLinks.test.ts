import { describe, expect, it } from 'vitest';
import { shareLinks } from './shareLinks';

const url = 'https://news.example/en/news/2021/04/13/2484159/a-slug';
const title = 'Iran & Russia: "ties" <now>';

describe('shareLinks', () => {
  const links = Object.fromEntries(shareLinks(url, title).map((l) => [l.service, new URL(l.href)]));

  it('offers the five services in a fixed order', () => {
    expect(shareLinks(url, title).map((l) => l.service)).toEqual(['email', 'x', 'facebook', 'telegram', 'whatsapp']);
  });

  it('puts the canonical address and headline in each, encoded', () => {
    expect(links.email!.protocol).toBe('mailto:');
    expect(links.email!.searchParams.get('subject')).toBe(title);
    expect(links.email!.searchParams.get('body')).toContain(url);
    expect(links.x!.searchParams.get('url')).toBe(url);
    expect(links.x!.searchParams.get('text')).toBe(title);
    expect(links.facebook!.searchParams.get('u')).toBe(url);
    expect(links.telegram!.searchParams.get('url')).toBe(url);
    expect(links.whatsapp!.searchParams.get('text')).toBe(`${title} ${url}`);
  });

  it('encodes spaces as %20 so mail clients do not show plus signs', () => {
    const mail = shareLinks(url, 'a b')[0]!.href;
    expect(mail).toContain('subject=a%20b');
    expect(mail).not.toContain('+');
  });

  it('uses only https for the web services', () => {
    for (const link of shareLinks(url, title).slice(1)) expect(link.href).toMatch(/^https:\/\//);
  });
});
