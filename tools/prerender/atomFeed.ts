/** Atom 1.0 feeds (RFC 4287) for an edition and for each of its sections. */
import { paths } from '../../src/content-api/paths';
import type { Article, Edition, Site } from '../../src/content-api/schemas';
import { absoluteUrl, defaultShareImage, sectionTitle } from '../../src/seo';
import { byNewest } from './apiSnapshot';
import { leaf, xmlDocument, type XmlNode } from './xml';

export const FEED_SIZE = 20;

export interface FeedInput {
  site: Site;
  edition: Edition;
  /** Any order; the newest FEED_SIZE are kept. */
  articles: readonly Article[];
  /** null for the edition-wide feed. */
  section: string | null;
  origin: string;
}

function entry(article: Article, edition: Edition, origin: string): XmlNode {
  const url = absoluteUrl(paths.article(article), origin);
  return {
    el: 'entry',
    children: [
      // The canonical address is the entry's identity: it never changes once published.
      leaf('id', url),
      leaf('title', article.headline),
      { el: 'link', attrs: { rel: 'alternate', type: 'text/html', href: url } },
      leaf('published', article.publishedAt),
      leaf('updated', article.updatedAt),
      ...(article.byline.trim() ? [{ el: 'author', children: [leaf('name', article.byline.trim())] }] : []),
      { el: 'category', attrs: { term: article.section, label: sectionTitle(edition, article.section) } },
      leaf('summary', article.summary || article.headline),
    ],
  };
}

export function atomFeed({ site, edition, articles, section, origin }: FeedInput): string {
  const lang = edition.lang;
  const chosen = articles.filter((a) => section === null || a.section === section).sort(byNewest).slice(0, FEED_SIZE);
  const self = absoluteUrl(paths.feed(lang, section ?? undefined), origin);
  const page = absoluteUrl(section === null ? paths.home(lang) : paths.section(lang, section), origin);
  const title = section === null ? site.name : `${site.name}: ${sectionTitle(edition, section)}`;
  // An empty feed still needs an <updated>; the epoch says "nothing yet" without inventing a date.
  const updated = chosen.reduce((max, a) => (a.updatedAt > max ? a.updatedAt : max), '1970-01-01T00:00:00Z');
  return xmlDocument({
    el: 'feed',
    attrs: { xmlns: 'http://www.w3.org/2005/Atom', 'xml:lang': lang },
    children: [
      leaf('id', self),
      leaf('title', title),
      ...(site.tagline ? [leaf('subtitle', site.tagline)] : []),
      leaf('updated', updated),
      { el: 'link', attrs: { rel: 'self', type: 'application/atom+xml', href: self } },
      { el: 'link', attrs: { rel: 'alternate', type: 'text/html', href: page } },
      // Entries without a byline fall back to the feed's author, which Atom then requires.
      { el: 'author', children: [leaf('name', site.name)] },
      leaf('logo', absoluteUrl(defaultShareImage.src, origin)),
      ...chosen.map((a) => entry(a, edition, origin)),
    ],
  });
}
