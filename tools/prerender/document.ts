/**
 * Puts a prerendered page together from the built index.html: the page's
 * head tags first in <head> (well inside the first 60 KB crawlers read), the
 * app's markup in #root, and the data it was rendered with.
 */
import { renderHead, type PageHead } from '../../src/seo';
import { stateScript, type PrerenderState } from '../../src/ssr/prerenderState';

export interface PageParts {
  head: PageHead;
  appHtml: string;
  state: PrerenderState;
}

/**
 * React 19 writes the <title> and <meta> a component renders ahead of the
 * markup; the head above already holds the page's, and the client adopts
 * that <title> when it hydrates, so these would only be stray nodes in #root.
 */
export function stripHoisted(appHtml: string): string {
  return appHtml.replace(/^(?:<title>[^<]*<\/title>|<(?:meta|link)\b[^>]*>)+/, '');
}

function replaceOnce(html: string, pattern: RegExp, replacement: string, what: string): string {
  if (!pattern.test(html)) throw new Error(`prerender: the built index.html has no ${what}`);
  return html.replace(pattern, () => replacement);
}

export function composeDocument(template: string, { head, appHtml, state }: PageParts): string {
  let html = template;
  html = replaceOnce(html, /<html\b[^>]*>/i, `<html lang="${head.lang}" dir="${head.dir}">`, '<html> element');
  // The shell's generic title and description give way to the page's own.
  html = html.replace(/\s*<title>[\s\S]*?<\/title>/i, '').replace(/\s*<meta\s+name="description"[^>]*>/i, '');
  const headTags = renderHead(head).replace(/\n/g, '\n    ');
  // After the Content-Security-Policy meta (tools/csp) when there is one, so the policy governs every tag added here.
  const charset = /<meta\s+charset="[^"]*"\s*\/?>(?:\s*<meta\s+http-equiv="Content-Security-Policy"[^>]*>)?/i.exec(html)?.[0];
  if (!charset) throw new Error('prerender: the built index.html has no <meta charset>');
  html = html.replace(charset, () => `${charset}\n    ${headTags}`);
  html = replaceOnce(html, /<div id="root"><\/div>/, `<div id="root">${stripHoisted(appHtml)}</div>`, 'empty #root');
  html = replaceOnce(html, /<\/body>/i, `  ${stateScript(state)}\n  </body>`, '</body>');
  return html;
}
