/**
 * Keeps <head> true to the page after in-app navigation. Browsers' own share
 * sheets (Chrome on Android) share the canonical link when there is one, so
 * a stale one would send readers the previous story.
 */
import { scriptJson } from './escape';
import type { PageHead } from './head';

/** Everything renderHead writes except <title>, which React's <title> hoisting owns. */
const MANAGED = [
  'link[rel="canonical"]',
  'meta[name="description"]',
  'meta[name="robots"]',
  'meta[property^="og:"]',
  'meta[property^="article:"]',
  'meta[name^="twitter:"]',
  'link[rel="alternate"][type="application/atom+xml"]',
  'script[type="application/ld+json"]',
].join(', ');

function element(doc: Document, tag: string, attrs: Record<string, string | undefined>): HTMLElement {
  const el = doc.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) if (value !== undefined) el.setAttribute(name, value);
  return el;
}

/** Removes the previous page's tags, so a page without its own head leaves nothing stale behind. */
export function clearHead(doc: Document): void {
  for (const el of doc.head.querySelectorAll(MANAGED)) el.remove();
}

export function applyHead(doc: Document, head: PageHead): void {
  clearHead(doc);
  const nodes: HTMLElement[] = [element(doc, 'meta', { name: 'description', content: head.description })];
  if (head.robots) nodes.push(element(doc, 'meta', { name: 'robots', content: head.robots }));
  if (head.canonical) nodes.push(element(doc, 'link', { rel: 'canonical', href: head.canonical }));
  for (const tag of head.meta) {
    nodes.push(element(doc, 'meta', 'property' in tag ? { property: tag.property, content: tag.content } : { name: tag.name, content: tag.content }));
  }
  for (const link of head.links) nodes.push(element(doc, 'link', { ...link }));
  for (const data of head.jsonLd) {
    const script = element(doc, 'script', { type: 'application/ld+json' });
    script.textContent = scriptJson(data);
    nodes.push(script);
  }
  const title = doc.head.querySelector('title');
  if (title) title.after(...nodes);
  else doc.head.append(...nodes);
}
