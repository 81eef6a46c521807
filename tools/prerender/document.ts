/**
 * Puts a prerendered page together from the built index.html: the page's
 * head tags first in <head> (well inside the first 60 KB crawlers read), the
 * app's markup in #root, and the data it was rendered with.
 */
import { createHash } from 'node:crypto';
import { renderHead, type PageHead } from '../../src/seo';
import { stateScript, type PrerenderState } from '../../src/ssr/prerenderState';

export interface PageParts {
  head: PageHead;
  /** Empty, with a null state, for a head-only page: the shell with this head, which the browser renders. */
  appHtml: string;
  state: PrerenderState | null;
  /** The content API files the page was made from, listed for the service worker (decision 0683). */
  api?: readonly string[];
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

/** What a page puts into the template, as text. */
interface Slots {
  lang: string;
  dir: string;
  headTags: string;
  appHtml: string;
  stateHtml: string;
}

/**
 * No paint until the page's markup is parsed up to its footer: on a slow phone
 * the parser yields often, and a paint of half a masthead or half a line
 * shifts when the rest arrives. Only in pages whose markup holds that footer:
 * in the app shell and head-only pages the element never comes, and Chromium
 * warns on each of them.
 */
const FOOTER_ID = 'site-footer';
const WAIT_FOR_FOOTER = `<link rel="expect" href="#${FOOTER_ID}" blocking="render">`;

function slotsOf({ head, appHtml, state, api = [] }: PageParts): Slots {
  const waitForFooter = appHtml.includes(`id="${FOOTER_ID}"`) ? `\n${WAIT_FOR_FOOTER}` : '';
  const headTags = (renderHead(head) + waitForFooter).replace(/\n/g, '\n    ');
  return { lang: head.lang, dir: head.dir, headTags, appHtml: stripHoisted(appHtml), stateHtml: state ? stateScript(state, api) : '' };
}

function assemble(template: string, { lang, dir, headTags, appHtml, stateHtml }: Slots): string {
  let html = template;
  html = replaceOnce(html, /<html\b[^>]*>/i, `<html lang="${lang}" dir="${dir}">`, '<html> element');
  // The shell's generic title and description give way to the page's own.
  html = html.replace(/\s*<title>[\s\S]*?<\/title>/i, '').replace(/\s*<meta\s+name="description"[^>]*>/i, '');
  // After the Content-Security-Policy meta (tools/csp) when there is one, so the policy governs every tag added here.
  const charset = /<meta\s+charset="[^"]*"\s*\/?>(?:\s*<meta\s+http-equiv="Content-Security-Policy"[^>]*>)?/i.exec(html)?.[0];
  if (!charset) throw new Error('prerender: the built index.html has no <meta charset>');
  html = html.replace(charset, () => `${charset}\n    ${headTags}`);
  html = replaceOnce(html, /<div id="root"><\/div>/, `<div id="root">${appHtml}</div>`, 'empty #root');
  html = replaceOnce(html, /<\/body>/i, `  ${stateHtml}\n  </body>`, '</body>');
  return html;
}

export function composeDocument(template: string, parts: PageParts): string {
  return assemble(template, slotsOf(parts));
}

const MARK = '\u0000';
const BODY_END = /<\/body>/i;

/**
 * composeDocument for many pages from one template, the template's own
 * regular-expression work done once (~8 passes over a 23 KB shell a page):
 * the template is assembled once with a marker in each slot and split there,
 * and a page only joins its text into the pieces. A page whose head or
 * markup holds a `</body>` of its own, where assembling would have placed the
 * state differently, is assembled the long way, so the two never differ.
 */
export function documentComposer(template: string): (parts: PageParts) => string {
  if (template.includes(MARK)) return (parts) => composeDocument(template, parts);
  const mark = (name: keyof Slots) => `${MARK}${name}${MARK}`;
  const marked = assemble(template, { lang: mark('lang'), dir: mark('dir'), headTags: mark('headTags'), appHtml: mark('appHtml'), stateHtml: mark('stateHtml') });
  // Split with the capture: text, slot name, text, slot name, ..., text.
  const pieces = marked.split(new RegExp(`${MARK}(\\w+)${MARK}`));
  return (parts) => {
    const slots = slotsOf(parts);
    if (BODY_END.test(slots.appHtml) || BODY_END.test(slots.headTags)) return assemble(template, slots);
    let html = '';
    for (let i = 0; i < pieces.length; i++) html += i % 2 === 0 ? pieces[i] : slots[pieces[i] as keyof Slots];
    return html;
  };
}

export interface HeadOnlyShell {
  /** The built shell as head-only pages use it. */
  template: string;
  /** The stylesheet it links instead of inlining, relative to dist/ and named by its content; null when it inlined none. */
  stylesheet: { file: string; css: string } | null;
}

const STYLE = /<style>([\s\S]*?)<\/style>/;

/**
 * The shell for head-only pages (decision 0670). Nothing on such a page
 * paints before the app renders it, so its stylesheet is a file rather than
 * inline: inlining gained nothing there, and at 100,000 articles the ~20 KB
 * copies came to ~2.6 GB. One file, cached from one archive page to the next.
 */
export function headOnlyShell(shell: string): HeadOnlyShell {
  const match = STYLE.exec(shell);
  if (!match) return { template: shell, stylesheet: null };
  const css = match[1]!;
  const file = `assets/shell-${createHash('sha256').update(css).digest('hex').slice(0, 10)}.css`;
  return { template: shell.replace(STYLE, () => `<link rel="stylesheet" href="/${file}">`), stylesheet: { file, css } };
}
