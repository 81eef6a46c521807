/**
 * The one Content-Security-Policy of the site. The build computes it once
 * (tools/csp/vitePlugin.ts) and every place that sends it reads the result:
 * the <meta> in index.html and the prerendered pages, `npm start`
 * (dist/csp.json) and nginx (dist/csp-header.nginx.conf).
 */
import { createHash } from 'node:crypto';

export interface CspConfig {
  /** 'sha256-…' sources for the inline scripts the build ships. */
  scriptHashes: readonly string[];
  /** 'sha256-…' sources for inline <style> elements, if any (none today). */
  styleHashes?: readonly string[];
  /** Remote origins images may come from (CSP_IMG_ORIGINS). */
  imageOrigins?: readonly string[];
  /** Remote origins fetch() may reach: the API's, if VITE_API_BASE is absolute, and CSP_CONNECT_ORIGINS. */
  connectOrigins?: readonly string[];
}

export interface CspFile {
  /** For the Content-Security-Policy response header. */
  header: string;
  /** For <meta http-equiv>: the same policy without what a meta element may not carry. */
  meta: string;
}

/** Directives a <meta> policy ignores (and Chromium warns about), so they travel only in the header. */
const HEADER_ONLY = new Set(['frame-ancestors', 'report-uri', 'sandbox']);

const ORIGIN = /^https?:\/\/[a-z0-9.-]+(?::\d{1,5})?$/i;

/** Parses a list of origins (spaces or commas); anything else is refused, so nothing can be smuggled into the header. */
export function parseOrigins(value: string | undefined, name: string): string[] {
  const items = (value ?? '').split(/[\s,]+/).filter(Boolean);
  for (const item of items) {
    if (!ORIGIN.test(item)) throw new Error(`${name}: "${item}" is not an origin such as https://images.example.com`);
  }
  return items.map((o) => o.toLowerCase());
}

/** The origin of an absolute API base, or null for a path on this site. */
export function apiOrigin(apiBase: string | undefined): string | null {
  if (!apiBase || apiBase.startsWith('/')) return null;
  const url = new URL(apiBase);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`VITE_API_BASE: ${apiBase} is not http(s)`);
  return url.origin;
}

/** What the build environment asks for: remote image hosts and a remote API. */
export function configFromEnv(env: Record<string, string | undefined>): Omit<CspConfig, 'scriptHashes'> {
  const api = apiOrigin(env.VITE_API_BASE);
  const imageOrigins = parseOrigins(env.CSP_IMG_ORIGINS, 'CSP_IMG_ORIGINS');
  const connect = parseOrigins(env.CSP_CONNECT_ORIGINS, 'CSP_CONNECT_ORIGINS');
  // Saving an article for offline reading fetch()es its images, which is a connection, not an image load.
  return { imageOrigins, connectOrigins: [...(api ? [api] : []), ...connect, ...imageOrigins] };
}

const unique = (items: readonly string[]) => [...new Set(items)];

export function directives(config: CspConfig): [string, string[]][] {
  return [
    ['default-src', ["'self'"]],
    ['script-src', ["'self'", ...unique(config.scriptHashes)]],
    ['style-src', ["'self'", ...unique(config.styleHashes ?? [])]],
    ['img-src', ["'self'", 'data:', ...unique(config.imageOrigins ?? [])]],
    ['font-src', ["'self'"]],
    ['connect-src', ["'self'", ...unique(config.connectOrigins ?? [])]],
    ['worker-src', ["'self'"]],
    ['manifest-src', ["'self'"]],
    ['object-src', ["'none'"]],
    ['base-uri', ["'none'"]],
    ['form-action', ["'self'"]],
    ['frame-ancestors', ["'none'"]],
  ];
}

const serialize = (list: [string, string[]][]) => list.map(([name, values]) => `${name} ${values.join(' ')}`).join('; ');

export function buildPolicy(config: CspConfig): CspFile {
  const all = directives(config);
  return { header: serialize(all), meta: serialize(all.filter(([name]) => !HEADER_ONLY.has(name))) };
}

export const sha256Source = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const STYLE = /<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi;
/** Types a browser runs; anything else (application/json, ld+json) is an inert data block CSP does not govern. */
const EXECUTABLE_TYPE = /^(|module|text\/javascript|application\/javascript|text\/ecmascript)$/i;

function attribute(attrs: string, name: string): string | null {
  const match = new RegExp(`(?:^|\\s)${name}(?:\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+)))?`, 'i').exec(attrs);
  if (!match) return null;
  return match[1] ?? match[2] ?? match[3] ?? '';
}

/** Hash sources for every inline script a browser would run in this HTML. */
export function inlineScriptHashes(html: string): string[] {
  const hashes: string[] = [];
  for (const [, attrs = '', body = ''] of html.matchAll(SCRIPT)) {
    if (attribute(attrs, 'src') !== null) continue;
    if (!EXECUTABLE_TYPE.test((attribute(attrs, 'type') ?? '').trim())) continue;
    hashes.push(sha256Source(body));
  }
  return hashes;
}

export function inlineStyleHashes(html: string): string[] {
  return [...html.matchAll(STYLE)].map(([, body = '']) => sha256Source(body));
}

/** Markup a strict style-src refuses: style="…" attributes (React's style prop when prerendered). */
export function hasStyleAttribute(html: string): boolean {
  return /<[a-z][^>]*\sstyle\s*=/i.test(html.replace(SCRIPT, ''));
}

export const META_PATTERN = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"\s*\/?>/i;

/** Puts the policy right after <meta charset>, ahead of every script and stylesheet it must govern. */
export function withMeta(html: string, meta: string): string {
  const tag = `<meta http-equiv="Content-Security-Policy" content="${meta.replace(/"/g, '&quot;')}" />`;
  const charset = /<meta\s+charset="[^"]*"\s*\/?>/i.exec(html);
  if (!charset) throw new Error('csp: index.html has no <meta charset> to put the policy after');
  if (META_PATTERN.test(html)) throw new Error('csp: index.html already has a Content-Security-Policy meta element');
  const at = charset.index + charset[0].length;
  return `${html.slice(0, at)}\n    ${tag}${html.slice(at)}`;
}

/** The nginx include: one add_header line (inside `server {}`, beside the other add_header lines). */
export function nginxInclude(header: string): string {
  return `# Generated by the build (tools/csp); do not edit.\nadd_header Content-Security-Policy "${header}" always;\n`;
}
