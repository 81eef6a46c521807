import { escapeHtml, scriptJson } from './escape';

/** One <meta>: Open Graph uses `property`, everything else `name`. */
export type MetaTag = { property: string; content: string } | { name: string; content: string };

export interface LinkTag {
  rel: string;
  href: string;
  type?: string;
  title?: string;
}

/** Everything a page's <head> says about it, as data the prerenderer and the client both use. */
export interface PageHead {
  lang: string;
  dir: 'ltr' | 'rtl';
  title: string;
  description: string;
  /** Absolute; null for pages that must not be indexed (not found). */
  canonical: string | null;
  robots: string | null;
  meta: MetaTag[];
  links: LinkTag[];
  jsonLd: object[];
}

function metaHtml(tag: MetaTag): string {
  const [key, value] = 'property' in tag ? ['property', tag.property] : ['name', tag.name];
  return `<meta ${key}="${escapeHtml(value)}" content="${escapeHtml(tag.content)}">`;
}

function linkHtml(link: LinkTag): string {
  const attrs = Object.entries(link)
    .filter((entry): entry is [string, string] => typeof entry[1] === 'string')
    .map(([k, v]) => `${k}="${escapeHtml(v)}"`);
  return `<link ${attrs.join(' ')}>`;
}

/** The head tags for a page, one per line, in the order crawlers read best: title and canonical first. */
export function renderHead(head: PageHead): string {
  const lines = [`<title>${escapeHtml(head.title)}</title>`];
  lines.push(metaHtml({ name: 'description', content: head.description }));
  if (head.robots) lines.push(metaHtml({ name: 'robots', content: head.robots }));
  if (head.canonical) lines.push(linkHtml({ rel: 'canonical', href: head.canonical }));
  lines.push(...head.meta.map(metaHtml));
  lines.push(...head.links.map(linkHtml));
  for (const data of head.jsonLd) lines.push(`<script type="application/ld+json">${scriptJson(data)}</script>`);
  return lines.join('\n');
}
